/**
 * The character part of "what a visitor reads" (see visible-text.ts), with no
 * Markdown parser and no imports, so the CMS can run it in the browser too:
 * character references decoded, Unicode normalised, invisible characters
 * dropped, spaces and dashes made plain, Markdown marks left out.
 * Named references (`&commat;`) need a full list: the caller passes a decoder
 * (the site's Markdown parser at build, the browser's own HTML parser in the CMS).
 */

/** Decodes one named reference such as `&commat;`; returns it unchanged when it does not know it. */
export type NamedReferenceDecoder = (reference: string) => string;

/** Keeps named references as written (when no decoder is at hand). */
export const keepNamedReferences: NamedReferenceDecoder = (reference) => reference;

function codePointText(codePoint: number): string {
  const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return String.fromCodePoint(valid ? codePoint : 0xfffd);
}

/**
 * Decodes HTML character references once, as a browser shows them: named
 * (`&commat;`, `&nbsp;`, through `decodeNamed`) and numeric (`&#64;`, `&#x40;`).
 * Numeric references without the closing `;` are decoded too, as browsers do.
 */
export function decodeCharacterReferences(text: string, decodeNamed: NamedReferenceDecoder): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g, (reference, decimal, hex, name) => {
    if (decimal !== undefined) return codePointText(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
    return name === undefined ? reference : decodeNamed(reference);
  });
}

// Format characters (zero-width space and joiners, soft hyphen, word joiner, byte order mark, direction marks),
// other invisible fillers, and control characters except tab and newline.
const invisibleCharacters = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
// Whatever NFKC leaves of the spaces (it already turns no-break, narrow and figure spaces into plain ones).
const spaceCharacters = /[\p{Zs}\t\u2028\u2029]/gu;
// Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign and friends.
const dashCharacters = /[\p{Pd}\u2212\u2796\u2e3a\u2e3b]/gu;

// Text of only these characters (no `&`, no character NFKC changes, no invisible, space or dash character to
// replace) is plain already; most text is, and the full work below is the slow part of the content check.
const alreadyPlain = /^[\n !-%'-~\u00c0-\u00ff\u2018\u2019\u201c\u201d]*$/;

/**
 * Text as a reader sees it, in plain characters: entities decoded, Unicode
 * NFKC (full-width digits and letters become ASCII), invisible characters
 * removed, every kind of space a plain space, every kind of dash `-`.
 * Newlines stay, so callers can still count lines.
 */
export function normaliseCharacters(text: string, decodeNamed: NamedReferenceDecoder): string {
  if (alreadyPlain.test(text)) return text;
  return decodeCharacterReferences(text, decodeNamed)
    .normalize('NFKC')
    .replace(invisibleCharacters, '')
    .replace(spaceCharacters, ' ')
    .replace(dashCharacters, '-');
}

/**
 * A frontmatter value as a reader takes it in when Markdown marks show as
 * they are: `06\-1234**5678**` on a page still reads as a phone number.
 * Drops backslash escapes and emphasis marks (`*`, `_`, `~`, `` ` ``).
 */
export function withoutMarkdownMarks(text: string): string {
  return text.replace(/\\(?=[!-/:-@[-`{-~])/g, '').replace(/[*_~`]+/g, '');
}
