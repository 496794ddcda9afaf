/**
 * Only photos in public/uploads/. Everything in public/ is published as it
 * is, on the site's own address, and an SVG, HTML page or script there would
 * run next to the CMS at /admin/ (which keeps the git host's login). So every
 * file under public/uploads/ (subfolders too) must be a PNG, JPEG, GIF, WebP
 * or AVIF by its first bytes, not only by its name, with an extension that
 * matches, and without HTML or SVG markup hidden after the photo header (a
 * "polyglot"). Symbolic links are refused anywhere in public/: the build
 * would copy whatever they point at, from outside the repository, into dist/.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { nl } from '../i18n/nl.ts';

export type PhotoKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

/** The extensions a photo of each kind may have (lower case; the check ignores case). */
export const photoExtensions: Record<PhotoKind, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  avif: ['avif'],
};

/** The folder under public/ that the CMS uploads into (its media_folder). */
export const uploadsFolder = 'uploads';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** The ISO-BMFF brand (`ftypavif`, `ftypheic`) of a file, if it has one. */
function isoBrand(bytes: Uint8Array): string | undefined {
  return bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' ? ascii(bytes, 8, 12) : undefined;
}

/** The kind of photo by its first bytes ("magic bytes"), whatever the file is called. */
export function photoKindOf(bytes: Uint8Array): PhotoKind | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  const brand = isoBrand(bytes);
  if (brand === 'avif' || brand === 'avis') return 'avif';
  return undefined;
}

export type OtherKind = keyof typeof nl.uploadCheck.otherKinds;

/** What a file that is not a photo seems to be, for a clearer message; undefined when unknown. */
export function otherKindOf(bytes: Uint8Array): OtherKind | undefined {
  if (bytes.length === 0) return 'empty';
  const brand = isoBrand(bytes);
  if (brand && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(brand)) return 'heic';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  const start = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').toLowerCase();
  if (/<svg[\s>]/.test(start)) return 'svg';
  if (/<(?:!doctype\s+html|html|head|body|script|iframe)[\s>]/.test(start)) return 'html';
  // Text: no NUL bytes and no other control characters than tab, newline and carriage return.
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(start)) return 'text';
  return undefined;
}

/**
 * Markup that makes a browser run or show code, searched in the whole file, case-insensitively.
 * Photo data (and XMP metadata, which uses `<x:xmpmeta`, `<rdf:...`) never contains these.
 */
const markupPattern = /<(?:script|svg|html|!doctype|body|iframe|object|embed|foreignobject)[\s>/]/i;

/** The first piece of HTML or SVG markup in the file (`<script`), if any. */
export function hiddenMarkup(bytes: Uint8Array): string | undefined {
  const match = markupPattern.exec(Buffer.from(bytes).toString('latin1'));
  return match ? match[0].slice(0, -1).toLowerCase() : undefined;
}

/** What is wrong with one file in public/uploads/, by its name and bytes; undefined for a good photo. */
export function uploadedFileProblem(name: string, bytes: Uint8Array): string | undefined {
  const messages = nl.uploadCheck;
  // Keeps an otherwise empty folder in git; published as an empty file, which does nothing.
  if (name === '.gitkeep' && bytes.length === 0) return undefined;
  const kind = photoKindOf(bytes);
  if (kind === undefined) {
    const other = otherKindOf(bytes);
    return messages.notAPhoto(other === undefined ? undefined : messages.otherKinds[other]);
  }
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!photoExtensions[kind].includes(extension)) {
    return messages.wrongExtension(messages.photoNames[kind], extension, photoExtensions[kind].map((wanted) => `.${wanted}`));
  }
  const markup = hiddenMarkup(bytes);
  if (markup !== undefined) return messages.hiddenMarkup(messages.photoNames[kind], markup);
  return undefined;
}

export interface UploadProblem {
  /** Path from the project root, as in other content problems: public/uploads/x.svg */
  file: string;
  message: string;
}

/**
 * Checks public/: every file under public/uploads/ must be a photo
 * (uploadedFileProblem), and nothing in public/ may be a symbolic link or
 * anything else that is not a plain file or folder. A missing folder is fine.
 */
export function uploadProblems(publicDir: string): UploadProblem[] {
  const problems: UploadProblem[] = [];
  const displayPath = (absolute: string) => path.relative(path.dirname(publicDir), absolute).split(path.sep).join('/');
  const uploadsDir = path.join(publicDir, uploadsFolder);

  const visit = (folder: string, inUploads: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(folder, entry.name);
      const here = inUploads || absolute === uploadsDir;
      // Dirent types come from lstat: a link is reported as a link, never followed.
      if (entry.isSymbolicLink()) problems.push({ file: displayPath(absolute), message: nl.uploadCheck.symlink });
      else if (entry.isDirectory()) visit(absolute, here);
      else if (!entry.isFile()) problems.push({ file: displayPath(absolute), message: nl.uploadCheck.notAFile });
      else if (here) {
        const message = uploadedFileProblem(entry.name, readFileSync(absolute));
        if (message !== undefined) problems.push({ file: displayPath(absolute), message });
      }
    }
  };

  // public/ itself may be a link (a checkout on another disk); what is inside it may not.
  visit(publicDir, false);
  return problems;
}
