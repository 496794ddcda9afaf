/**
 * The two checked-in files that carry the security headers for static hosts,
 * public/_headers and a marked block in netlify.toml, made from
 * src/security/csp.ts. `npm run headers` writes them; a unit test checks them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nl } from '../i18n/nl.ts';
import { netlifyHeadersEnd, renderHeadersFile, renderNetlifyHeaders } from './csp.ts';

export const headersFile = path.join('public', '_headers');
export const netlifyToml = 'netlify.toml';

// The start line is found by its beginning, so a changed comment after it is rewritten too.
const blockStart = '# BEGIN security headers';

/** netlify.toml with its block of security headers replaced by the one from csp.ts. */
export function withNetlifyHeaders(toml: string): string {
  const start = toml.indexOf(blockStart);
  const end = toml.indexOf(netlifyHeadersEnd, start);
  if (start < 0 || end < 0) {
    throw new Error(nl.maintenance.headerMarkersMissing(netlifyToml, blockStart, netlifyHeadersEnd));
  }
  return toml.slice(0, start) + renderNetlifyHeaders() + toml.slice(end + netlifyHeadersEnd.length);
}

/** Writes both files under `root`; returns the ones whose text changed. */
export function writeHeaderFiles(root: string): string[] {
  const wanted: Array<[file: string, make: (current: string) => string]> = [
    [headersFile, () => renderHeadersFile()],
    [netlifyToml, withNetlifyHeaders],
  ];
  const changed: string[] = [];
  for (const [file, make] of wanted) {
    const absolute = path.join(root, file);
    const current = readFileSync(absolute, 'utf8');
    const next = make(current);
    if (next === current) continue;
    writeFileSync(absolute, next);
    changed.push(file);
  }
  return changed;
}
