/** `npm run contribute:code -- <code>`: prints the SHA-256 of an access code for `contribute.accessCodeHash` in src/site.config.ts. */
import { accessCodeHash } from '../src/contribute/access-code.ts';
import { nl } from '../src/i18n/nl.ts';

const code = process.argv.slice(2).join(' ');
if (!code.trim()) {
  console.error(nl.contribute.codeMissing);
  process.exit(1);
}
console.log(`accessCodeHash: '${await accessCodeHash(code)}',`);
