/** Runs the content check in a worker thread, so Astro starts and loads content meanwhile (content-check.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../content-check/validation.ts';

const { contentDir, publicDir } = workerData as { contentDir: string; publicDir: string };
const started = performance.now();
const { problems, entries } = checkContent(contentDir, publicDir);
const files = Object.values(entries).reduce((sum, map) => sum + map.size, 0);
parentPort!.postMessage({ problems, files, ms: performance.now() - started });
