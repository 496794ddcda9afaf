/**
 * The CMS's local backend for `npm start`: decap-server's own Express app
 * (file system mode), run inside this process behind tools/local-cms-guard.ts.
 * decap-server never listens on a port of its own, so no web page can go
 * around the guard. The CMS reaches it at http://127.0.0.1:<port>/api/v1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nl } from '../src/i18n/nl.ts';
import { apiPath, createCmsGuard, type GuardSettings } from './local-cms-guard.ts';
import { listenOnFreePort } from './ports.ts';

type Next = (error?: unknown) => void;
type Middleware = (request: IncomingMessage, response: ServerResponse, next: Next) => void;
type ErrorMiddleware = (error: unknown, request: IncomingMessage, response: ServerResponse, next: Next) => void;

/** The little of Express that is used here (decap-server brings Express; it has no types of its own). */
interface ExpressApp {
  (request: IncomingMessage, response: ServerResponse): void;
  use(handler: Middleware | ErrorMiddleware): void;
  disable(setting: string): void;
}
interface Express {
  (): ExpressApp;
  json(options: { limit: string }): Middleware;
}
interface DecapMiddlewares {
  registerLocalFs(app: ExpressApp, options: { logLevel?: string }): Promise<void>;
}

const require = createRequire(import.meta.url);
const decapMiddlewaresFile = require.resolve('decap-server/dist/middlewares.js');
const decap = require(decapMiddlewaresFile) as DecapMiddlewares;
// The same Express that decap-server itself uses.
const express = createRequire(decapMiddlewaresFile)('express') as Express;

export interface LocalCmsBackendOptions {
  /** The project (or a copy of it): the CMS saves into its content/ and public/uploads/. */
  repoDir: string;
  /** The port of the dev server whose pages (the CMS) may call; see setDevPort when it changes. */
  devPort: number;
  /** The port to listen on; when taken, the next free one is used. 0: any free port. */
  port: number;
  onRefuse?: (problem: string) => void;
  /** decap-server's own log level (its errors, e.g. a file it could not write). */
  logLevel?: string;
}

export interface LocalCmsBackend {
  /** For the CMS config's local_backend.url. */
  apiUrl: string;
  port: number;
  /** The dev server turned out to run on another port: from now on only its pages may call. */
  setDevPort(port: number): void;
  close(): Promise<void>;
}

/** decap-server reads its folder from the environment when it registers; give it `repoDir` for that moment only. */
async function registerDecap(app: ExpressApp, repoDir: string, logLevel: string): Promise<void> {
  const before = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = path.resolve(repoDir);
  try {
    await decap.registerLocalFs(app, { logLevel });
  } finally {
    if (before === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = before;
  }
}

export async function startLocalCmsBackend(options: LocalCmsBackendOptions): Promise<LocalCmsBackend> {
  const settings: GuardSettings = { port: options.port, devPort: options.devPort };
  const guard = createCmsGuard({ repoDir: path.resolve(options.repoDir), settings, onRefuse: options.onRefuse });
  const app = express();
  app.disable('x-powered-by');
  app.use(guard.checkRequest);
  // The body is read here, once; decap-server's own JSON reader sees it is done and skips.
  app.use(express.json({ limit: '50mb' }));
  app.use(guard.refuseUnreadableBody);
  app.use(guard.checkBody);
  await registerDecap(app, options.repoDir, options.logLevel ?? 'warn');

  const server = createServer(app);
  settings.port = await listenOnFreePort(server, '127.0.0.1', options.port, nl.localCms.backendName);
  return {
    apiUrl: `http://127.0.0.1:${settings.port}${apiPath}`,
    port: settings.port,
    setDevPort(port) {
      settings.devPort = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
