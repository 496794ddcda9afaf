/**
 * What a visitor reads, worked out from what an editor wrote. The privacy
 * guard searches this text, not the source, so notation cannot hide personal
 * data: Markdown escapes and emphasis (`06\-1234**5678**`), HTML entities
 * (`&#48;6`, `jan&#64;school.nl`), full-width digits, zero-width characters,
 * soft hyphens, non-breaking spaces and look-alike dashes.
 *
 * - `normaliseVisibleText` works on any text (frontmatter strings too).
 * - `visibleMarkdownBlocks` renders a Markdown or MDX body the way the site
 *   does (Sätteri, GFM and smart punctuation on, raw HTML shown as text, see
 *   src/security/markdown-sanitise.ts), block by block, with link targets and
 *   image alt texts, and remembers the source line of every piece.
 *
 * The character work itself is in visible-characters.ts (no parser, so the
 * CMS runs it in the browser); here named references are decoded by Sätteri.
 */
import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import { decodeCharacterReferences, normaliseCharacters, withoutMarkdownMarks } from './visible-characters.ts';

/** The parser features Astro's Sätteri processor uses for the site (gfm and smartypants default to on). */
const siteFeatures: Features = { gfm: true, smartPunctuation: true };

// Named references are decoded by the same parser that renders the site, so the list is complete; cached per name.
const namedEntityCache = new Map<string, string>();

function decodeNamedEntity(reference: string): string {
  let decoded = namedEntityCache.get(reference);
  if (decoded === undefined) {
    decoded = collectText(markdownToMdast(reference, { features: { gfm: false }, position: false }) as MdNode) || reference;
    namedEntityCache.set(reference, decoded);
  }
  return decoded;
}

/**
 * Decodes HTML character references once, as a browser shows them: named
 * (`&commat;`, `&nbsp;`) and numeric (`&#64;`, `&#x40;`). Numeric references
 * without the closing `;` are decoded too, as browsers do.
 */
export function decodeHtmlEntities(text: string): string {
  return decodeCharacterReferences(text, decodeNamedEntity);
}

/**
 * Text as a reader sees it, in plain characters: entities decoded, Unicode
 * NFKC (full-width digits and letters become ASCII), invisible characters
 * removed, every kind of space a plain space, every kind of dash `-`.
 * Newlines stay, so callers can still count lines.
 */
export function normaliseVisibleText(text: string): string {
  return normaliseCharacters(text, decodeNamedEntity);
}

export { withoutMarkdownMarks };

/** A run of text a visitor reads as one piece (a paragraph, heading, table row, code block, ...). */
export interface VisibleBlock {
  /** Normalised visible text; newlines where the source had them. */
  text: string;
  /** Where the source lines start in `text`: offset in `text`, line in the Markdown source (1-based), ascending. */
  lines: ReadonlyArray<{ offset: number; line: number }>;
}

/** The source line (1-based, in the Markdown that was rendered) of the character at `offset` in a block. */
export function visibleLineAt(block: VisibleBlock, offset: number): number {
  let line = block.lines[0]?.line ?? 1;
  for (const start of block.lines) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

interface MdNode {
  type: string;
  value?: unknown;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
  url?: string;
  title?: string | null;
  alt?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

function collectText(node: MdNode): string {
  const own = typeof node.value === 'string' ? node.value : '';
  return own + (node.children ?? []).map(collectText).join('');
}

/** Percent-decodes a link target (`mailto:jan%40school.nl`); leaves it as written when it is not valid. */
function decodeUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

class BlockWriter {
  text = '';
  lines: Array<{ offset: number; line: number }> = [];
  private spaceBeforeNext = false;

  /** Adds source text that starts on `line`; each newline in it moves to the next source line. */
  add(value: string, line: number): void {
    value.split('\n').forEach((part, index) => {
      if (index > 0) this.text += '\n';
      const visible = normaliseVisibleText(part);
      if (this.spaceBeforeNext && visible !== '' && !/^\s/.test(visible)) this.text += ' ';
      if (visible !== '' || index > 0) this.spaceBeforeNext = false;
      const lineHere = line + index;
      if (this.lines.at(-1)?.line !== lineHere) this.lines.push({ offset: this.text.length, line: lineHere });
      this.text += visible;
    });
  }

  /** Keeps whatever comes next from gluing onto the text so far, without adding a space the next text already has. */
  separateNext(): void {
    this.spaceBeforeNext = true;
  }

  /** Adds a separator that is not in the source (between table cells, before a link target). */
  separate(separator = ' '): void {
    if (this.text !== '' && !this.text.endsWith(separator)) this.text += separator;
    this.spaceBeforeNext = false;
  }

  finish(): VisibleBlock | undefined {
    return this.text.trim() === '' ? undefined : { text: this.text, lines: this.lines };
  }
}

const startLine = (node: MdNode, fallback: number) => node.position?.start.line ?? fallback;

const inlineTypes = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** Walks an mdast tree and writes every visible piece into blocks. */
class VisibleTextWalker {
  readonly blocks: VisibleBlock[] = [];
  private readonly sourceLines: readonly string[];

  constructor(sourceLines: readonly string[]) {
    this.sourceLines = sourceLines;
  }

  /** Flow content: each paragraph, heading, table row or code block becomes its own block. */
  flow(node: MdNode, line: number): void {
    const here = startLine(node, line);
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        this.block(here, (writer) => this.inlineChildren(node, writer, here));
        return;
      case 'tableRow':
        // Cells are read side by side; ` | ` keeps numbers in neighbouring cells apart.
        this.block(here, (writer) =>
          (node.children ?? []).forEach((cell) => {
            writer.separate(' | ');
            this.inlineChildren(cell, writer, startLine(cell, here));
          }),
        );
        return;
      case 'code': {
        // A fenced block's text starts on the line after the fence.
        const fenced = /^\s*(?:`{3,}|~{3,})/.test(this.sourceLines[here - 1] ?? '');
        this.block(here, (writer) => writer.add(String(node.value ?? ''), fenced ? here + 1 : here));
        return;
      }
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        // Raw HTML shows as text on the site; MDX code may print anything, so its source counts as visible.
        this.block(here, (writer) => writer.add(String(node.value ?? ''), here));
        return;
      case 'definition':
        this.block(here, (writer) => this.target(node, writer, here, ''));
        return;
      case 'mdxJsxFlowElement':
        this.block(here, (writer) => this.attributes(node, writer, here));
        break;
      case 'yaml':
      case 'toml':
      case 'thematicBreak':
        return;
      default:
        // Inline content straight inside a flow container (MDX allows `<Tip>tekst</Tip>`), or a node type this walker does not know.
        if (inlineTypes.has(node.type) || (typeof node.value === 'string' && !node.children)) {
          this.block(here, (writer) => this.inline(node, writer, here));
          return;
        }
    }
    for (const child of node.children ?? []) this.flow(child, here);
  }

  private block(line: number, write: (writer: BlockWriter) => void): void {
    const writer = new BlockWriter();
    write(writer);
    const block = writer.finish();
    if (block) this.blocks.push(block.lines.length > 0 ? block : { ...block, lines: [{ offset: 0, line }] });
  }

  private inlineChildren(node: MdNode, writer: BlockWriter, line: number): void {
    for (const child of node.children ?? []) this.inline(child, writer, line);
  }

  private inline(node: MdNode, writer: BlockWriter, line: number): void {
    const here = startLine(node, line);
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
      case 'mdxTextExpression':
        writer.add(String(node.value ?? ''), here);
        return;
      case 'break':
        writer.add('\n', here);
        return;
      case 'image':
      case 'imageReference':
        writer.add(node.alt ?? '', here);
        this.target(node, writer, here, '');
        return;
      case 'link': {
        const before = writer.text.length;
        this.inlineChildren(node, writer, here);
        this.target(node, writer, here, writer.text.slice(before));
        return;
      }
      case 'mdxJsxTextElement':
        this.attributes(node, writer, here);
        break;
      case 'footnoteReference':
        return;
      default:
        if (typeof node.value === 'string' && !node.children) writer.add(node.value, here);
    }
    this.inlineChildren(node, writer, here);
  }

  /** A link or image target and title are in the page too (`href`, `src`, `title`); skipped when the link text already shows the target. */
  private target(node: MdNode, writer: BlockWriter, line: number, linkText: string): void {
    const url = normaliseVisibleText(decodeUrl(node.url ?? ''));
    const payload = url.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/)?/i, '');
    const shown = [url !== '' && !(payload !== '' && linkText.includes(payload)) ? url : '', node.title ?? ''].filter(Boolean);
    for (const text of shown) {
      writer.separate();
      writer.add(text, line);
    }
    // Keeps the next text from gluing onto the target ("tel:0612345678" + "12").
    if (shown.length > 0) writer.separateNext();
  }

  /** JSX attribute values end up on the page (`<Quote by="...">`); expressions may too. */
  private attributes(node: MdNode, writer: BlockWriter, line: number): void {
    for (const attribute of node.attributes ?? []) {
      const value = attribute.value;
      const text = typeof value === 'string' ? value : value && typeof value === 'object' && 'value' in value ? String(value.value) : '';
      if (text === '') continue;
      writer.separate();
      writer.add(text, line);
      writer.separateNext();
    }
  }
}

/**
 * The visible text of a Markdown (`md`) or MDX (`mdx`) body, block by block,
 * each with a way back to its source lines (see `visibleLineAt`). MDX that
 * does not parse is read as plain Markdown, so the check still runs.
 */
export function visibleMarkdownBlocks(markdown: string, format: 'md' | 'mdx' = 'md'): VisibleBlock[] {
  let tree: MdNode;
  try {
    tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(markdown, { features: siteFeatures }) as MdNode;
  } catch {
    tree = markdownToMdast(markdown, { features: siteFeatures }) as MdNode;
  }
  const walker = new VisibleTextWalker(markdown.split('\n'));
  walker.flow(tree, 1);
  return walker.blocks;
}
