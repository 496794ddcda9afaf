/** Runs child processes side by side for `npm start`, and stops them all together. */
import { spawn, type ChildProcess } from 'node:child_process';
import { nl } from '../src/i18n/nl.ts';

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Sees the child's standard output as it comes, which is still shown on this terminal. */
  onOutput?: (text: string) => void;
}

/** Runs one command to its end, with its output on this terminal; rejects when it fails. */
export function runToEnd(spec: ProcessSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(spec.command, spec.args, { stdio: 'inherit', env: { ...process.env, ...spec.env } });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(nl.start.commandFailed(spec.name, code)))));
  });
}

function start(spec: ProcessSpec): ChildProcess {
  if (!spec.onOutput) return spawn(spec.command, spec.args, { stdio: 'inherit', env: { ...process.env, ...spec.env } });
  // Piped output loses its colours unless the child is told this terminal has them.
  const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  const child = spawn(spec.command, spec.args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...colour, ...spec.env } });
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    spec.onOutput!(chunk.toString());
  });
  return child;
}

/** A child that ended because it was told to stop (Ctrl+C reaches it too), not because it failed. */
const wasStopped = (code: number | null, signal: NodeJS.Signals | null) => signal !== null || code === 0 || code === 130 || code === 143;

export interface RunTogetherOptions {
  /** Runs once when everything has stopped, e.g. to close a server this process runs itself. */
  onStop?: () => Promise<void> | void;
  /** The one line shown at the end. */
  stoppedMessage: string;
}

/**
 * Starts long-running commands together; when one stops, or on Ctrl+C, all
 * stop, with one calm line at the end. Only a child that fails on its own
 * is reported (and gives a non-zero exit code).
 */
export function runTogether(specs: ProcessSpec[], options: RunTogetherOptions): void {
  const children = specs.map(start);
  let stopping = false;
  let running = children.length;
  const stopAll = (force = false) => {
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(force ? 'SIGKILL' : 'SIGTERM');
  };
  children.forEach((child, index) => {
    child.on('close', async (code, signal) => {
      if (!stopping && !wasStopped(code, signal)) {
        console.error(nl.start.stoppedUnexpectedly(specs[index]!.name, code));
        process.exitCode = 1;
      }
      stopAll();
      if (--running > 0) return;
      await options.onStop?.();
      console.log(`\n${options.stoppedMessage}`);
    });
  });
  // A second Ctrl+C ends what still runs at once.
  const onSignal = () => stopAll(stopping);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
