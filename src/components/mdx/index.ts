/** Components that .mdx entries can use without importing them: <Quote by="...">, <Tip title="...">. */
import Quote from './Quote.astro';
import Tip from './Tip.astro';

export const mdxComponents = { Quote, Tip };
