import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every .html file under `dir`, as paths relative to it with `/`. */
export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'));
}
