/** `npm start`: runs the site with the content in content/ on http://localhost:4321/. */
import path from 'node:path';
import { runTogether } from '../src/lib/processes.ts';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

runTogether([{ name: 'Astro', command: process.execPath, args: [astro, 'dev', '--host', '127.0.0.1'], env }]);
