/**
 * Makes editor-written Markdown inert: raw HTML shows as plain text instead
 * of becoming markup, and links or images with a `javascript:`-like URL lose
 * that URL. Runs as a Sätteri mdast plugin in Astro's Markdown pipeline,
 * because raw HTML and such URLs otherwise render live (see stack notes).
 */
import type { MdastPluginDefinition } from 'satteri';

const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** True when `url` is relative, a fragment, or uses a scheme from the allow-list. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const normalised = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normalised)?.[1];
  return scheme === undefined || allowedSchemes.has(scheme);
}

export const sanitiseMarkdown: MdastPluginDefinition = {
  name: 'leernetwerk-sanitise',
  html(node, context) {
    context.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, context) {
    if (!isSafeUrl(node.url)) context.replaceNode(node, [...node.children]);
  },
  image(node, context) {
    if (!isSafeUrl(node.url)) context.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  definition(node, context) {
    if (!isSafeUrl(node.url)) context.setProperty(node, 'url', '#');
  },
};
