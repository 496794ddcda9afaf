/**
 * The guard in front of decap-server's local backend (`npm start`). Without
 * it, any web page on this computer could read and write any file in the
 * project through the editor's browser. It lets a request through only when:
 * - its Host header names this computer (localhost, 127.0.0.1, [::1]) and the
 *   guard's own port, so a foreign domain that points at 127.0.0.1 (DNS
 *   rebinding) gets nothing;
 * - its Origin is the dev server's own (http://localhost:<port> or
 *   http://127.0.0.1:<port>), and it is a JSON POST, which a browser only
 *   sends cross-origin after a CORS preflight that only that origin passes;
 * - every path it touches lies in content/ or public/uploads/
 *   (tools/local-cms-paths.ts), also after following symbolic links.
 * Sec-Fetch-Site is not used: the exact Origin says more, and a CMS opened on
 * 127.0.0.1 that calls the backend on localhost is "cross-site" for it.
 * Everything else gets a 403 with a short Dutch message, and decap-server
 * never sees it. The middlewares have Express's shape, as decap-server's app
 * is an Express app (see tools/local-cms-backend.ts).
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { nl } from '../src/i18n/nl.ts';
import { areaFolders, checkCmsRequest, type Touch } from './local-cms-paths.ts';

/** Where decap-server's API lives, and the only address the guard answers. */
export const apiPath = '/api/v1';

export interface GuardSettings {
  /** The guard's own port: the Host header must name it. */
  port: number;
  /** The port of the dev server whose pages (the CMS) may call. */
  devPort: number;
}

export type HeadCheck = { verdict: 'pass' } | { verdict: 'preflight' } | { verdict: 'refuse'; problem: string };

export function allowedHosts(port: number): string[] {
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
}

export function devOrigins(devPort: number): string[] {
  return [`http://localhost:${devPort}`, `http://127.0.0.1:${devPort}`];
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** Checks what comes before the body: Host, address, Origin, method and content type. Answers whether to pass, to answer a preflight, or to refuse. */
export function checkRequestHead(
  request: { method?: string | undefined; url?: string | undefined; headers: IncomingHttpHeaders },
  settings: GuardSettings,
): HeadCheck {
  const { headers } = request;
  const text = nl.localCms;
  const host = (single(headers.host) ?? '').toLowerCase();
  if (!allowedHosts(settings.port).includes(host)) return { verdict: 'refuse', problem: text.unknownHost };
  if (request.url !== apiPath) return { verdict: 'refuse', problem: text.unknownAddress };
  const origin = single(headers.origin);
  if (origin === undefined || !devOrigins(settings.devPort).includes(origin)) {
    return { verdict: 'refuse', problem: text.onlyFromAdmin(settings.devPort) };
  }
  if (request.method === 'OPTIONS') {
    const method = single(headers['access-control-request-method']);
    const asked = (single(headers['access-control-request-headers']) ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    if (method !== 'POST' || asked.some((name) => name !== 'content-type')) {
      return { verdict: 'refuse', problem: text.onlyPostWithType };
    }
    return { verdict: 'preflight' };
  }
  if (request.method !== 'POST') return { verdict: 'refuse', problem: text.onlyPost };
  // Forms and other "simple" requests need no preflight; they can only send text/plain, form or multipart bodies.
  const type = (single(headers['content-type']) ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { verdict: 'refuse', problem: text.onlyJson };
  return { verdict: 'pass' };
}

function isInside(folder: string, target: string, orSame: boolean): boolean {
  const relative = path.relative(folder, target);
  if (relative === '') return orSame;
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real location of `file`: its nearest existing ancestor with links followed, plus the parts that do not exist yet. */
async function realLocation(file: string): Promise<string> {
  const missing: string[] = [];
  let existing = file;
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) break;
      missing.unshift(path.basename(existing));
      existing = parent;
    }
  }
  return path.join(await realpath(existing), ...missing);
}

/** The first symbolic link under `dir` (as deep as decap-server lists) that points outside `areaReal`. */
async function escapingLink(dir: string, areaReal: string, depth: number): Promise<string | null> {
  if (depth <= 0) return null;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await realpath(full).catch(() => null);
      if (target === null || !isInside(areaReal, target, false)) return full;
    } else if (entry.isDirectory()) {
      const found = await escapingLink(full, areaReal, depth - 1);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Why a touch leaves its area on disk, or null: the file or folder must
 * really lie in content/ or public/uploads/ after following symbolic links,
 * and a folder that is listed may hold no link that points outside.
 */
export async function diskProblem(repoDir: string, touch: Touch): Promise<string | null> {
  const area = touch.areas.find((name) => touch.path === areaFolders[name] || touch.path.startsWith(`${areaFolders[name]}/`));
  const shown = JSON.stringify(touch.path);
  const text = nl.localCms;
  if (!area) return text.outsideAllowed(shown);
  try {
    const areaReal = await realLocation(path.join(repoDir, areaFolders[area]));
    const targetReal = await realLocation(path.join(repoDir, touch.path));
    if (!isInside(areaReal, targetReal, touch.kind === 'folder')) return text.linkOutside(shown, areaFolders[area]);
    if (touch.kind === 'folder') {
      const link = await escapingLink(targetReal, areaReal, touch.depth);
      if (link) return text.linkInside(shown, areaFolders[area], path.basename(link));
    }
  } catch {
    return text.notFollowed(shown);
  }
  return null;
}

type Next = (error?: unknown) => void;
type Request = IncomingMessage & { body?: unknown };

export interface GuardOptions {
  repoDir: string;
  settings: GuardSettings;
  /** Told about each refusal, e.g. to show it in the terminal. */
  onRefuse?: (problem: string) => void;
}

export interface CmsGuard {
  /** Before the body is read: Host, Origin, method, content type; answers the CORS preflight itself. */
  checkRequest(request: Request, response: ServerResponse, next: Next): void;
  /** After the JSON body is read: the action and every path it touches. */
  checkBody(request: Request, response: ServerResponse, next: Next): void;
  /** A body that is no JSON object (Express error middleware: four parameters). */
  refuseUnreadableBody(error: unknown, request: Request, response: ServerResponse, next: Next): void;
}

export function createCmsGuard({ repoDir, settings, onRefuse }: GuardOptions): CmsGuard {
  const allowedOrigin = (request: IncomingMessage) => {
    const origin = single(request.headers.origin);
    return origin !== undefined && devOrigins(settings.devPort).includes(origin) ? origin : undefined;
  };
  const refuse = (request: IncomingMessage, response: ServerResponse, problem: string) => {
    onRefuse?.(problem);
    const origin = allowedOrigin(request);
    response
      .writeHead(403, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        Vary: 'Origin',
        // Only the CMS itself may read why: it shows the message to the editor.
        ...(origin ? { 'Access-Control-Allow-Origin': origin } : {}),
      })
      .end(JSON.stringify({ error: nl.localCms.refused(problem) }));
  };
  return {
    checkRequest(request, response, next) {
      const check = checkRequestHead(request, settings);
      if (check.verdict === 'refuse') return refuse(request, response, check.problem);
      if (check.verdict === 'preflight') {
        response
          .writeHead(204, {
            'Access-Control-Allow-Origin': allowedOrigin(request)!,
            'Access-Control-Allow-Methods': 'POST',
            'Access-Control-Allow-Headers': 'Content-Type',
            'Access-Control-Max-Age': '600',
            Vary: 'Origin',
          })
          .end();
        return;
      }
      next();
    },
    checkBody(request, response, next) {
      const check = checkCmsRequest(request.body);
      if (!check.ok) return refuse(request, response, check.problem);
      void (async () => {
        for (const touch of check.touches) {
          const problem = await diskProblem(repoDir, touch);
          if (problem) return refuse(request, response, problem);
        }
        next();
      })().catch(() => refuse(request, response, nl.localCms.notChecked));
    },
    refuseUnreadableBody(_error, request, response, _next) {
      refuse(request, response, nl.localCms.unreadableJson);
    },
  };
}
