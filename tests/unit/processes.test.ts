/** npm start's processes: Ctrl+C ends calmly with one line, a child that fails on its own is reported. */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const processesModule = pathToFileURL(path.join(projectRoot, 'tools', 'processes.ts')).href;

/** Runs runTogether over one child that runs `childCode`, in a process of its own; sends SIGINT once `ready` is printed when asked. */
function runScenario(childCode: string, interrupt: boolean): Promise<{ code: number | null; output: string }> {
  const script = `
    import { runTogether } from ${JSON.stringify(processesModule)};
    runTogether(
      [{ name: 'Astro', command: process.execPath, args: ['-e', ${JSON.stringify(childCode)}], onOutput: () => {} }],
      { onStop: () => console.log('onStop ran'), stoppedMessage: 'De site is gestopt.' },
    );
  `;
  return new Promise((resolve) => {
    const runner = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (interrupt && output.includes('ready')) {
        interrupt = false;
        runner.kill('SIGINT');
      }
    };
    runner.stdout.on('data', collect);
    runner.stderr.on('data', collect);
    runner.on('close', (code) => resolve({ code, output }));
  });
}

describe('running the site and its helpers together', () => {
  it('ends on Ctrl+C with one calm line and exit code 0, even when the child ends with code 143 on the signal it was sent', async () => {
    // Astro answers SIGTERM with exit code 143, which used to show as "Astro stopte met code 143".
    const { code, output } = await runScenario("process.on('SIGTERM', () => process.exit(143)); console.log('ready'); setInterval(() => {}, 1000);", true);
    expect(output).toContain('onStop ran');
    expect(output.trim().endsWith('De site is gestopt.')).toBe(true);
    expect(output).not.toMatch(/code 1[34][03]/);
    expect(output).not.toContain('onverwacht');
    expect(code).toBe(0);
  });

  it('reports a child that fails on its own, and exits with code 1', async () => {
    const { code, output } = await runScenario('process.exit(3);', false);
    expect(output).toContain('Astro stopte onverwacht (code 3).');
    expect(output).toContain('De site is gestopt.');
    expect(code).toBe(1);
  });
});
