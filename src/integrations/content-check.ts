/**
 * Runs the content check before Astro uses any content, in `astro build`
 * and `astro dev`. A build with broken content stops with one Dutch line per
 * problem (file, field, what is wrong) instead of a stack trace.
 *
 * In `astro build` the check runs in a worker thread beside Astro's start-up
 * and content loading (on the second core), and the build waits for it before
 * it bundles and renders anything; when Astro's own content loading fails
 * first, it waits for the check too (src/content.config.ts), so the editor
 * gets the Dutch report rather than Astro's error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentCheckDone, setContentCheck } from '../content-check/check-in-progress.ts';
import { checkContent, formatProblem, type ContentProblem } from '../content-check/validation.ts';
import { nl } from '../i18n/nl.ts';

const workerFile = new URL('./content-check-worker.ts', import.meta.url);

interface WorkerAnswer {
  problems: ContentProblem[];
  files: number;
  ms: number;
}

function checkInWorker(contentDir: string, publicDir: string): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { contentDir, publicDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Logs the warnings; returns the error report, or undefined when there are no errors. */
function report(problems: ContentProblem[], logger: AstroIntegrationLogger): string | undefined {
  for (const problem of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return undefined;
  return [nl.build.errorCount(errors.length), ...errors.map((error) => `  - ${formatProblem(error)}`), nl.build.fixAndRetry].join('\n');
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'leernetwerk:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = path.resolve(root, process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
        const publicDir = fileURLToPath(config.publicDir);
        if (command !== 'build') {
          const errors = report(checkContent(contentDir, publicDir).problems, logger);
          if (errors) logger.error(errors);
          return;
        }
        const done = checkInWorker(contentDir, publicDir).then(({ problems, files, ms }) => {
          const errors = report(problems, logger);
          if (errors) {
            // Exit without a stack trace: the report says everything an editor needs.
            console.error(`\n${errors}\n`);
            process.exit(1);
          }
          logger.info(nl.buildCheck.checked(files, ms / 1000));
        });
        // Never an unhandled rejection: whoever waits for it (below, or the content loaders) gets the error.
        done.catch(() => {});
        setContentCheck(done);
      },
      'astro:build:start': () => contentCheckDone(),
    },
  };
}
