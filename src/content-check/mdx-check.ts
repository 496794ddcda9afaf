/**
 * Keeps code out of .mdx entries, before Astro compiles them: an .mdx body
 * may use Markdown and the site's components (src/components/mdx/allowed-props.ts)
 * with literal string props, nothing else. Refused, with file and line:
 * import/export, every `{...}` expression (a JSX comment too: telling a
 * comment from code would take a JavaScript parser, and a comment with code
 * after it is code), every HTML element (`.md` shows raw HTML as text, so `.mdx`
 * allows none either; Markdown covers emphasis, links, lists and line
 * breaks), unknown or lowercase components, props that are not on the list,
 * props whose value is an expression or missing, spread props, and image
 * paths that would become an `import`. A body that does not parse is
 * reported here too, in Dutch, instead of by the compiler.
 *
 * It parses with Sätteri, the MDX parser of Astro's MDX pipeline, on exactly
 * the text that pipeline compiles (Astro's own frontmatter split, which keeps
 * the line numbers). src/security/mdx-guard.ts refuses the same in the
 * pipeline, in case this check misses something.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast, type Features } from 'satteri';
import { allowedPropsOf, isMdxComponentName, mdxComponentNames, mdxComponentRules, type MdxComponentRule } from '../components/mdx/allowed-props.ts';
import { nl } from '../i18n/nl.ts';
import { imageBecomesImport, onlyAllowedComponents } from '../security/mdx-guard.ts';
import type { ContentFile } from './content-files.ts';
import { closestMatch } from './suggest.ts';

export interface MdxFinding {
  /** Line in the file (1-based); absent when the problem is not on one line. */
  line?: number;
  message: string;
}

/** The parser features of the site's MDX pipeline (GFM and smart punctuation on, as Astro sets them). */
const pipelineFeatures: Features = { gfm: true, smartPunctuation: true };

/** The parts of an mdast node this check reads. */
interface TreeNode {
  type: string;
  position?: { start: { line: number } };
  children?: TreeNode[];
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  url?: string;
}

/** The body as Astro's MDX pipeline compiles it: the frontmatter blanked out with spaces, so lines stay where they are. */
function compiledBody(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
}

function elementFindings(node: TreeNode, line: number | undefined): MdxFinding[] {
  const name = node.name ?? null;
  const tag = `<${name ?? ''}>`;
  if (!isMdxComponentName(name)) {
    const guess = name ? closestMatch(name, mdxComponentNames) : undefined;
    return [{ line, message: nl.mdxCheck.element(tag, guess && `<${guess}>`, onlyAllowedComponents) }];
  }
  const allowed = allowedPropsOf(name);
  const findings: MdxFinding[] = [];
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    const propName = attribute.name ?? '';
    if (attribute.type !== 'mdxJsxAttribute') findings.push({ line, message: nl.mdxCheck.spread(tag) });
    else if (!allowed.includes(propName)) findings.push({ line, message: nl.mdxCheck.prop(tag, propName, allowed) });
    else if (attribute.value === null || attribute.value === undefined) findings.push({ line, message: nl.mdxCheck.propWithoutValue(tag, propName) });
    else if (typeof attribute.value !== 'string') findings.push({ line, message: nl.mdxCheck.propCode(tag, propName) });
    else given.add(propName);
  }
  const rule: MdxComponentRule = mdxComponentRules[name];
  for (const required of rule.required) {
    // A required prop written wrongly is reported above already.
    const written = (node.attributes ?? []).some((attribute) => attribute.name === required);
    if (!given.has(required) && !written) findings.push({ line, message: nl.mdxCheck.missingProp(tag, required) });
  }
  return findings;
}

function treeFindings(node: TreeNode): MdxFinding[] {
  const line = node.position?.start.line;
  const own: MdxFinding[] = [];
  switch (node.type) {
    case 'mdxjsEsm':
      own.push({ line, message: nl.mdxCheck.code(onlyAllowedComponents) });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      own.push({ line, message: nl.mdxCheck.expression });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      own.push(...elementFindings(node, line));
      break;
    case 'image':
      if (node.url !== undefined && imageBecomesImport(node.url)) own.push({ line, message: nl.mdxCheck.localImage(node.url) });
      break;
    default:
      // Any other MDX node a newer parser may add is code of some kind.
      if (node.type.startsWith('mdx')) own.push({ line, message: nl.mdxCheck.code(onlyAllowedComponents) });
  }
  return [...own, ...(node.children ?? []).flatMap(treeFindings)];
}

/** Why the parser could not read the body, with the line it names ("14:22: Unexpected ..."). */
function parseErrorFinding(error: unknown): MdxFinding {
  const text = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):\d+(?:-\d+:\d+)?:\s*/.exec(text);
  // The parser's own tip ("to create a comment in MDX, use {/* text */}") points at something this check refuses.
  const detail = text.slice(place?.[0].length ?? 0).replace(/\s*\(note: [^)]*\)/, '').trim();
  return { line: place ? Number(place[1]) : undefined, message: nl.mdxCheck.unreadable(detail) };
}

/** Everything in an .mdx file (the whole file, frontmatter included) that may not be in it. */
export function mdxFindings(source: string): MdxFinding[] {
  let body: string;
  try {
    body = compiledBody(source);
  } catch {
    return [{ message: nl.mdxCheck.unreadableTop }];
  }
  let tree: TreeNode;
  try {
    tree = mdxToMdast(body, { features: pipelineFeatures }) as TreeNode;
  } catch (error) {
    return [parseErrorFinding(error)];
  }
  return treeFindings(tree);
}

/** The findings for one content file, as content problems; none for files that are not .mdx. */
export function mdxProblems(file: ContentFile): Array<{ file: string; line?: number; message: string; severity: 'error' }> {
  if (file.extension !== 'mdx') return [];
  return mdxFindings(file.source).map((finding) => ({ file: file.displayPath, ...finding, severity: 'error' }));
}
