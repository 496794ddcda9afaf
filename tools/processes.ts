/** Runs child processes side by side for `npm start`, and stops them all together. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Runs one command to its end, with its output on this terminal; rejects when it fails. */
export function runToEnd(spec: ProcessSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(spec.command, spec.args, { stdio: 'inherit', env: { ...process.env, ...spec.env } });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${spec.name} stopte met code ${code}`))));
  });
}

/** Starts long-running commands together; when one stops, or on Ctrl+C, all stop. */
export function runTogether(specs: ProcessSpec[]): void {
  const children: ChildProcess[] = specs.map((spec) =>
    spawn(spec.command, spec.args, { stdio: 'inherit', env: { ...process.env, ...spec.env } }),
  );
  const stopAll = (code: number) => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    process.exitCode = code;
  };
  children.forEach((child, index) => {
    child.on('close', (code) => {
      if (code !== 0 && code !== null) console.error(`${specs[index]!.name} stopte met code ${code}.`);
      stopAll(code ?? 0);
    });
  });
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}
