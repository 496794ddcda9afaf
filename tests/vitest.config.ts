import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    // Builds and Chromium are heavy; two workers match this 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some unit tests read all sample content or start small processes: seconds on a quiet machine,
          // more when builds run beside them. A slow machine is not a failure; a hung test still is.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the sample site once for every test in this project.
          globalSetup: ['tests/setup/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // The browser waits for search results; on a busy machine that takes longer than vitest's default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
