/**
 * Runs the content check before Astro loads any content, in `astro build`
 * and `astro dev`. A build with broken content stops with one Dutch line per
 * problem (file, field, what is wrong) instead of a stack trace.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../content-check/validation.ts';
import { nl } from '../i18n/nl.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'leernetwerk:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = path.resolve(root, process.env.LEERNETWERK_CONTENT_DIR ?? 'content');
        const publicDir = fileURLToPath(config.publicDir);
        const { problems } = checkContent(contentDir, publicDir);
        for (const problem of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(problem));
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) return;
        const report = [
          nl.build.errorCount(errors.length),
          ...errors.map((error) => `  - ${formatProblem(error)}`),
          nl.build.fixAndRetry,
        ].join('\n');
        if (command === 'build') {
          // Exit without a stack trace: the report above says everything an editor needs.
          console.error(`\n${report}\n`);
          process.exit(1);
        }
        logger.error(report);
      },
    },
  };
}
