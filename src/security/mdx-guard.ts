/**
 * The last line of defence for .mdx entries, in the MDX pipeline itself
 * (astro.config.mjs): a Sätteri mdast plugin that stops the build on any
 * code before it is compiled, so nothing from content can run at build time
 * even if the content check (src/content-check/mdx-check.ts) misses it.
 * It refuses import/export, every `{...}` expression, every element that is
 * not an allowed component with literal string props, an image path that
 * would become an `import`, and a `layout` in the frontmatter (also an import).
 * It throws rather than strips: a silent fix would hide the check's bug.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { allowedPropsOf, isMdxComponentName, mdxComponentNames } from '../components/mdx/allowed-props.ts';
import { nl } from '../i18n/nl.ts';

/** "gebruik alleen <Quote> en <Tip>", from the allow-list. */
export const onlyAllowedComponents = nl.mdxCheck.onlyThese(mdxComponentNames.map((name) => `<${name}>`));

/**
 * True when Astro's MDX pipeline would turn this image into an `import` of the
 * file: any path that is not a full URL and does not start with `/`
 * (see createCollectImagesPlugin in @astrojs/markdown-satteri).
 */
export function imageBecomesImport(url: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return true;
  }
  return decoded !== '' && !URL.canParse(decoded) && !decoded.startsWith('/');
}

/** The first reason an element may not be rendered, or undefined when it is an allowed component with literal props. */
export function elementRefusal(node: Pick<MdxJsxFlowElement | MdxJsxTextElement, 'name' | 'attributes'>): string | undefined {
  const tag = `<${node.name ?? ''}>`;
  if (!isMdxComponentName(node.name)) return nl.mdxCheck.element(tag, undefined, onlyAllowedComponents);
  const allowed = allowedPropsOf(node.name);
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return nl.mdxCheck.spread(tag);
    if (!allowed.includes(attribute.name)) return nl.mdxCheck.prop(tag, attribute.name, allowed);
    if (typeof attribute.value !== 'string') return nl.mdxCheck.propCode(tag, attribute.name);
  }
  return undefined;
}

function stop(context: MdastVisitorContext, line: number | undefined, problem: string): never {
  const file = context.fileURL ? path.relative(process.cwd(), fileURLToPath(context.fileURL)).split(path.sep).join('/') : nl.check.someMdxFile;
  throw new Error(nl.mdxCheck.stoppedByGuard(line === undefined ? file : nl.check.atLine(file, line), problem));
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;

function guardElement(node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, context: MdastVisitorContext): void {
  const refusal = elementRefusal(node);
  if (refusal) stop(context, lineOf(node), refusal);
}

/** For the MDX processor only: in plain Markdown, relative images are handled by Astro's Markdown pipeline. */
export const mdxGuard: MdastPluginDefinition = {
  name: 'leernetwerk-mdx-guard',
  options: { position: true },
  before(_root, context) {
    const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter && Object.hasOwn(frontmatter, 'layout')) stop(context, undefined, nl.mdxCheck.layout);
  },
  mdxjsEsm(node, context) {
    stop(context, lineOf(node), nl.mdxCheck.code(onlyAllowedComponents));
  },
  mdxFlowExpression(node, context) {
    stop(context, lineOf(node), nl.mdxCheck.expression);
  },
  mdxTextExpression(node, context) {
    stop(context, lineOf(node), nl.mdxCheck.expression);
  },
  mdxJsxFlowElement: guardElement,
  mdxJsxTextElement: guardElement,
  image(node, context) {
    if (imageBecomesImport(node.url)) stop(context, lineOf(node), nl.mdxCheck.localImage(node.url));
  },
};
