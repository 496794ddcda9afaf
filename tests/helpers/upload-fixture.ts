/**
 * A site folder for upload tests: content/ (the valid fixture site, plus
 * extra files) beside public/ (the project's own, plus files in uploads/),
 * so the content check and `astro build` see them as an editor's repository.
 * Binary photos are written from bytes here, so the fixtures stay readable.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir, outputDir, publicDir as projectPublicDir } from './paths.ts';

/** The smallest files that start like each kind of photo (their first bytes are all the check reads). */
export const photoBytes = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  gif87: Buffer.from('GIF87a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  gif89: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  webp: Buffer.from('RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00', 'latin1'),
  avif: Buffer.from('\x00\x00\x00\x20ftypavif\x00\x00\x00\x00avifmif1miaf', 'latin1'),
};

export interface UploadSite {
  root: string;
  contentDir: string;
  publicDir: string;
}

/**
 * Makes tests/.output/upload-sites/<name>/ with content/ and public/.
 * `uploads` maps a path under public/uploads/ to its bytes or text; `fixtureFolders`
 * are folders under tests/fixtures/uploads/ copied into public/uploads/;
 * `content` maps a path under content/ to its text.
 */
export function uploadSite(
  name: string,
  options: { uploads?: Record<string, string | Uint8Array>; fixtureFolders?: string[]; content?: Record<string, string> } = {},
): UploadSite {
  const root = path.join(outputDir, 'upload-sites', name);
  rmSync(root, { recursive: true, force: true });
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  cpSync(path.join(fixturesDir, 'valid'), contentDir, { recursive: true });
  cpSync(projectPublicDir, publicDir, { recursive: true });
  const uploadsDir = path.join(publicDir, 'uploads');
  mkdirSync(uploadsDir, { recursive: true });
  for (const folder of options.fixtureFolders ?? []) cpSync(path.join(fixturesDir, 'uploads', folder), uploadsDir, { recursive: true });
  const write = (file: string, data: string | Uint8Array) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  };
  for (const [file, data] of Object.entries(options.uploads ?? {})) write(path.join(uploadsDir, file), data);
  for (const [file, text] of Object.entries(options.content ?? {})) write(path.join(contentDir, file), text);
  return { root, contentDir, publicDir };
}
