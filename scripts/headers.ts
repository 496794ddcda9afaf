/** `npm run headers`: writes public/_headers and the headers block of netlify.toml from src/security/csp.ts. */
import { headersFile, netlifyToml, writeHeaderFiles } from '../src/security/header-files.ts';

const changed = writeHeaderFiles(process.cwd());
console.log(
  changed.length === 0
    ? `${headersFile} en ${netlifyToml} waren al bijgewerkt.`
    : `Bijgewerkt uit src/security/csp.ts: ${changed.join(' en ')}.`,
);
