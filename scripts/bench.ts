/**
 * `npm run bench -- --entries N`: generates N synthetic entries, builds the
 * site and a bare-Astro floor from them, measures build, page weight and
 * search, and prints the figures as Markdown tables. See docs/benchmarks.md.
 *
 * Options: --entries N (default 1000), --seed S, --search-runs R (default 3),
 * --keep (keep the temporary folder), --json FILE (also write every figure),
 * --profile DIR (write a V8 CPU profile of the site's build).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmark } from '../tools/bench/run-benchmark.ts';
import { formatReport } from '../tools/bench/table.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'search-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    profile: { type: 'string' },
  },
});

const result = await runBenchmark({
  entries: Number(values.entries),
  seed: values.seed === undefined ? undefined : Number(values.seed),
  searchRuns: Number(values['search-runs']),
  keep: values.keep,
  profileDir: values.profile && path.resolve(values.profile),
  log: (message) => console.error(message),
});

console.log(formatReport(result));
if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
if (values.keep) console.error(`Kept ${result.workDir}`);
