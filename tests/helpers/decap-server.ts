/** Starts the real decap-server (local backend, MODE=fs) on a free port over a folder, for CMS tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export interface DecapServer {
  /** The API address for the CMS config's local_backend.url. */
  apiUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startDecapServer(repoDir: string): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const apiUrl = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await fetch(apiUrl, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
      .then(() => true)
      .catch(() => false);
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`decap-server did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    apiUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
