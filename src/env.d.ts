/// <reference types="astro/client" />

// Plain `tsc` (in npm test) does not know .astro files; Astro's own tooling types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
