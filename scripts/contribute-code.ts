/** `npm run contribute:code -- <code>`: prints the SHA-256 of an access code for `contribute.accessCodeHash` in src/site.config.ts. */
import { accessCodeHash } from '../src/contribute/access-code.ts';

const code = process.argv.slice(2).join(' ');
if (!code.trim()) {
  console.error('Geef de code mee: npm run contribute:code -- onze-code');
  process.exit(1);
}
console.log(`accessCodeHash: '${await accessCodeHash(code)}',`);
