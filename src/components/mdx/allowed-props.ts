/**
 * The one list of what an .mdx entry may use: these components, each with
 * these props, every prop a literal string (`by="..."`). Nothing else: no
 * HTML elements, no expressions, no import/export. The content check
 * (src/content-check/mdx-check.ts) and the guard in the MDX pipeline
 * (src/security/mdx-guard.ts) both read it; index.ts ties it to the
 * components. Kept apart from index.ts because astro.config.mjs cannot load
 * `.astro` files.
 */
export interface MdxComponentRule {
  /** Props the component needs, e.g. who said a quote. */
  required: readonly string[];
  optional: readonly string[];
}

export const mdxComponentRules = {
  Quote: { required: ['by'], optional: [] },
  Tip: { required: [], optional: ['title'] },
} as const satisfies Record<string, MdxComponentRule>;

export type MdxComponentName = keyof typeof mdxComponentRules;

export const mdxComponentNames = Object.keys(mdxComponentRules) as MdxComponentName[];

export function isMdxComponentName(name: string | null): name is MdxComponentName {
  return name !== null && Object.hasOwn(mdxComponentRules, name);
}

/** Every prop `component` accepts, required first. */
export function allowedPropsOf(component: MdxComponentName): readonly string[] {
  const rule: MdxComponentRule = mdxComponentRules[component];
  return [...rule.required, ...rule.optional];
}
