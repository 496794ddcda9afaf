/**
 * Starts the CMS's local backend as `npm start` runs it: the real
 * decap-server (file system mode) behind the guard, on a free port, over a
 * folder, for CMS tests.
 */
import { startLocalCmsBackend } from '../../tools/local-cms-backend.ts';

export interface DecapServer {
  /** The API address for the CMS config's local_backend.url. */
  apiUrl: string;
  /** Only pages from http://localhost:<port> or http://127.0.0.1:<port> may call the backend. */
  setDevPort(port: number): void;
  /** What the guard refused, in order. */
  refusals: string[];
  stop(): Promise<void>;
}

/** `devPort`: the port of the server whose pages (the CMS) may call; 0 lets none in until setDevPort. */
export async function startDecapServer(repoDir: string, devPort = 0): Promise<DecapServer> {
  const refusals: string[] = [];
  const backend = await startLocalCmsBackend({ repoDir, devPort, port: 0, onRefuse: (problem) => refusals.push(problem) });
  return { apiUrl: backend.apiUrl, setDevPort: backend.setDevPort, refusals, stop: backend.close };
}
