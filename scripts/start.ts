/**
 * `npm start`: builds the site once (for the search index), then runs it with
 * the content in content/ on http://localhost:4321/, reloading on every change.
 */
import path from 'node:path';
import { runTogether, runToEnd } from '../src/lib/processes.ts';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

console.log('De site wordt eerst één keer gebouwd, voor de zoekfunctie ...');
await runToEnd({ name: 'astro build', command: process.execPath, args: [astro, 'build'], env });
console.log('\nDe site draait op http://localhost:4321/ (stoppen: Ctrl+C).');
console.log('Nieuwe teksten vind je via het zoeken pas na een nieuwe start of npm run build.\n');
runTogether([{ name: 'Astro', command: process.execPath, args: [astro, 'dev', '--host', '127.0.0.1'], env }]);
