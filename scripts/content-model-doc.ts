/** `npm run docs`: writes docs/inhoudsmodel.md from the schemas in src/schemas/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentModelDoc, contentModelDocFile } from '../src/schemas/content-model-doc.ts';

const doc = contentModelDoc();
let current = '';
try {
  current = readFileSync(contentModelDocFile, 'utf8');
} catch {
  // Not there yet: written below.
}
if (current === doc) {
  console.log(`${contentModelDocFile} was al bijgewerkt.`);
} else {
  writeFileSync(contentModelDocFile, doc);
  console.log(`${contentModelDocFile} bijgewerkt uit de schema's in src/schemas/.`);
}
