/**
 * The CMS's local backend of `npm start` (the real decap-server behind the
 * guard) on a temporary copy of the project, attacked with plain HTTP
 * requests: only the CMS of the dev server may save, and only into
 * content/ and public/uploads/. After each refusal the target is checked
 * on disk: nothing written, nothing read.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDecapServer, type DecapServer } from '../helpers/decap-server.ts';
import { contentDir } from '../helpers/paths.ts';

const devPort = 4321;
const devOrigin = `http://localhost:${devPort}`;
let repo: string;
let backend: DecapServer;
let port: number;

/** Files of the project that an attacker would like to change, with what they hold. */
const decoys: Record<string, string> = {
  'package.json': '{ "name": "leernetwerk" }\n',
  'astro.config.mjs': 'export default {};\n',
  'scripts/start.ts': 'console.log("start");\n',
  '.git/HEAD': 'ref: refs/heads/main\n',
  'public/logo.svg': '<svg/>\n',
};

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'leernetwerk-backend-'));
  cpSync(path.join(contentDir, 'lessons'), path.join(repo, 'content', 'lessons'), { recursive: true });
  mkdirSync(path.join(repo, 'public', 'uploads'), { recursive: true });
  mkdirSync(path.join(repo, '.git', 'hooks'), { recursive: true });
  for (const [file, text] of Object.entries(decoys)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  // A link that an earlier mistake (or a bad commit) left in content/, pointing out of it.
  symlinkSync('../../package.json', path.join(repo, 'content', 'lessons', 'link-naar-buiten.md'));
  backend = await startDecapServer(repo, devPort);
  port = Number(new URL(backend.apiUrl).port);
});

afterAll(async () => {
  await backend?.stop();
  rmSync(repo, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request to the backend: by default a JSON POST from the dev server's CMS. `undefined` leaves a header out. */
function send(body: unknown, options: { headers?: Record<string, string | undefined>; method?: string; raw?: string } = {}): Promise<Reply> {
  const headers = Object.fromEntries(
    Object.entries({ Host: `127.0.0.1:${port}`, Origin: devOrigin, 'Content-Type': 'application/json', ...options.headers }).filter(
      ([, value]) => value !== undefined,
    ),
  ) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: '/api/v1', method: options.method ?? 'POST', headers }, (incoming) => {
      let text = '';
      incoming.on('data', (chunk) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.raw ?? (body === undefined ? undefined : JSON.stringify(body)));
  });
}

const inRepo = (file: string) => path.join(repo, file);
const options = { commitMessage: 'Opslaan', useWorkflow: false, status: 'draft' };
const persistEntry = (file: string, raw = 'gehackt\n', extra: Record<string, unknown> = {}) => ({
  action: 'persistEntry',
  params: { branch: 'main', entry: { slug: 'x', path: file, raw }, assets: [], options, ...extra },
});
const persistMedia = (file: string) => ({
  action: 'persistMedia',
  params: { branch: 'main', asset: { path: file, content: Buffer.from('gehackt').toString('base64'), encoding: 'base64' }, options },
});

/** Asserts the reply is a refusal that carries nothing of the project's files. */
function expectRefused(reply: Reply): void {
  expect(reply.status, reply.body).toBe(403);
  expect(JSON.parse(reply.body)).toEqual({ error: expect.stringMatching(/^Geweigerd door de lokale opslag: .+\.$/) });
  for (const text of Object.values(decoys)) expect(reply.body).not.toContain(text.trim());
}

function expectUnchanged(file: string): void {
  expect(readFileSync(inRepo(file), 'utf8')).toBe(decoys[file]);
}

describe('the local backend of npm start', () => {
  it('saves a lesson that the CMS of the dev server sends into content/lessons/', async () => {
    const raw = '---\ntitle: Een nieuwe les\n---\nTekst.\n';
    const reply = await send(persistEntry('content/lessons/een-nieuwe-les.md', raw));
    expect(reply.status, reply.body).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe(devOrigin);
    expect(readFileSync(inRepo('content/lessons/een-nieuwe-les.md'), 'utf8')).toBe(raw);
  });

  it('saves a photo into public/uploads/ and lists it, also for a CMS opened on 127.0.0.1', async () => {
    const headers = { Origin: `http://127.0.0.1:${devPort}`, Host: `localhost:${port}` };
    expect((await send(persistMedia('public/uploads/foto.png'), { headers })).status).toBe(200);
    expect(readFileSync(inRepo('public/uploads/foto.png'), 'utf8')).toBe('gehackt');
    const listed = await send({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/uploads' } }, { headers });
    expect(JSON.parse(listed.body)).toEqual([expect.objectContaining({ path: 'public/uploads/foto.png' })]);
  });

  it('answers the CORS preflight of the dev server', async () => {
    const reply = await send(undefined, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type', 'Content-Type': undefined },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers['access-control-allow-origin']).toBe(devOrigin);
  });

  it.each([
    ['scripts/x.ts', 'scripts/x.ts'],
    ['a git hook', '.git/hooks/pre-commit'],
    ['content/ with ../', 'content/../scripts/x.ts'],
    ['content/lessons/ with ../../', 'content/lessons/../../scripts/x.ts'],
    ['an encoded traversal', 'content/%2e%2e/%2e%2e/scripts/x.ts'],
    ['an encoded slash', 'content/..%2f..%2fscripts/x.ts'],
    ['backslashes', 'content\\..\\scripts\\x.ts'],
  ])('refuses to write %s, and writes nothing', async (_name, file) => {
    const reply = await send(persistEntry(file));
    expectRefused(reply);
    expect(existsSync(inRepo('scripts/x.ts'))).toBe(false);
    expect(existsSync(inRepo('.git/hooks/pre-commit'))).toBe(false);
    expect(existsSync(inRepo(file))).toBe(false);
    expect(existsSync(inRepo('content/%2e%2e'))).toBe(false);
    expect(existsSync(inRepo('content/..%2f..%2fscripts'))).toBe(false);
  });

  it('refuses to overwrite astro.config.mjs (which the dev server would run)', async () => {
    expectRefused(await send(persistEntry('astro.config.mjs', 'process.exit(1);\n')));
    expectUnchanged('astro.config.mjs');
  });

  it('refuses an absolute path, also one that points into content/', async () => {
    expectRefused(await send(persistEntry(inRepo('scripts/x.ts'))));
    expectRefused(await send(persistEntry(inRepo('content/lessons/absoluut.md'))));
    expect(existsSync(inRepo('scripts/x.ts'))).toBe(false);
    expect(existsSync(inRepo('content/lessons/absoluut.md'))).toBe(false);
  });

  it('refuses to write through a link in content/ that points outside', async () => {
    expectRefused(await send(persistEntry('content/lessons/link-naar-buiten.md')));
    expectUnchanged('package.json');
  });

  it('refuses to move a lesson out of content/', async () => {
    const reply = await send(
      persistEntry('content/lessons/een-nieuwe-les.md', '---\ntitle: x\n---\n', {
        entry: { slug: 'x', path: 'content/lessons/een-nieuwe-les.md', newPath: 'scripts/les.ts', raw: 'x' },
      }),
    );
    expectRefused(reply);
    expect(existsSync(inRepo('scripts/les.ts'))).toBe(false);
  });

  it.each([
    ['package.json', { action: 'getEntry', params: { branch: 'main', path: 'package.json' } }],
    ['/etc/passwd', { action: 'getEntry', params: { branch: 'main', path: '/etc/passwd' } }],
    ['/etc/passwd as media', { action: 'getMediaFile', params: { branch: 'main', path: '/etc/passwd' } }],
    ['package.json through ../', { action: 'getMediaFile', params: { branch: 'main', path: 'public/uploads/../../package.json' } }],
    ['package.json through a link in content/', { action: 'getEntry', params: { branch: 'main', path: 'content/lessons/link-naar-buiten.md' } }],
    ['a folder that holds a link to outside', { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/lessons', extension: 'md', depth: 1 } }],
    ['the project folder', { action: 'entriesByFolder', params: { branch: 'main', folder: 'scripts', extension: 'ts', depth: 1 } }],
    ['public/ as media', { action: 'getMedia', params: { branch: 'main', mediaFolder: 'public' } }],
  ])('refuses to read %s', async (_name, body) => {
    const reply = await send(body);
    expectRefused(reply);
    expect(reply.body).not.toContain('root:');
  });

  it('refuses to delete package.json', async () => {
    expectRefused(await send({ action: 'deleteFile', params: { branch: 'main', path: 'package.json', options } }));
    expectUnchanged('package.json');
  });

  it('refuses a photo outside public/uploads/', async () => {
    expectRefused(await send(persistMedia('public/evil.html')));
    expectRefused(await send(persistMedia('scripts/x.ts')));
    expectRefused(
      await send(
        persistEntry('content/lessons/met-foto.md', 'x', {
          assets: [{ path: 'public/logo.svg', content: Buffer.from('gehackt').toString('base64'), encoding: 'base64' }],
        }),
      ),
    );
    expect(existsSync(inRepo('public/evil.html'))).toBe(false);
    expect(existsSync(inRepo('scripts/x.ts'))).toBe(false);
    expect(existsSync(inRepo('content/lessons/met-foto.md'))).toBe(false);
    expectUnchanged('public/logo.svg');
  });

  it('refuses a page on another local port, and does not let it read the answer', async () => {
    const reply = await send(persistEntry('content/lessons/van-een-andere-poort.md'), { headers: { Origin: 'http://localhost:9999' } });
    expectRefused(reply);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(existsSync(inRepo('content/lessons/van-een-andere-poort.md'))).toBe(false);
  });

  it('refuses the CORS preflight of another origin', async () => {
    const reply = await send(undefined, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:9999', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type', 'Content-Type': undefined },
    });
    expect(reply.status).toBe(403);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a foreign Host header (DNS rebinding), even from the right origin', async () => {
    const reply = await send(persistEntry('content/lessons/herbonden.md'), { headers: { Host: `evil.example:${port}` } });
    expectRefused(reply);
    expect(existsSync(inRepo('content/lessons/herbonden.md'))).toBe(false);
  });

  it('refuses a simple cross-origin POST that a browser sends without preflight', async () => {
    for (const headers of [
      { Origin: 'http://evil.example', 'Content-Type': 'text/plain' },
      { Origin: 'http://localhost:9999', 'Content-Type': 'application/x-www-form-urlencoded' },
      // Even from the dev server's origin a body that is not declared as JSON is not read.
      { Origin: devOrigin, 'Content-Type': 'text/plain' },
    ]) {
      expectRefused(await send(persistEntry('content/lessons/formulier.md'), { headers }));
    }
    expect(existsSync(inRepo('content/lessons/formulier.md'))).toBe(false);
  });

  it('refuses a request without Origin, and a body that is not JSON', async () => {
    expectRefused(await send(persistEntry('content/lessons/zonder-origin.md'), { headers: { Origin: undefined } }));
    expectRefused(await send(undefined, { raw: '{"action": "persistEntry", ' }));
    expect(existsSync(inRepo('content/lessons/zonder-origin.md'))).toBe(false);
  });

  it('told the terminal about every refusal', () => {
    expect(backend.refusals.length).toBeGreaterThanOrEqual(20);
    expect(backend.refusals).toContain('onbekende Host');
  });
});
