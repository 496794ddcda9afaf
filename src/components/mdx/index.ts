/** Components that .mdx entries can use without importing them: <Quote by="...">, <Tip title="...">. */
import type { MdxComponentName } from './allowed-props.ts';
import Quote from './Quote.astro';
import Tip from './Tip.astro';

// `satisfies` makes the type check fail when a component is added here but not to the allow-list, or the other way round.
export const mdxComponents = { Quote, Tip } satisfies Record<MdxComponentName, unknown>;
