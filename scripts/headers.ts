/** `npm run headers`: writes public/_headers and the headers block of netlify.toml from src/security/csp.ts. */
import { nl } from '../src/i18n/nl.ts';
import { headersFile, netlifyToml, writeHeaderFiles } from '../src/security/header-files.ts';

const changed = writeHeaderFiles(process.cwd());
console.log(
  changed.length === 0
    ? nl.maintenance.headersUnchanged(headersFile, netlifyToml)
    : nl.maintenance.headersWritten(changed),
);
