/** The rules of the guard in front of the CMS's local backend: which paths, hosts, origins and requests pass. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequestHead, diskProblem } from '../../tools/local-cms-guard.ts';
import { checkCmsRequest, pathProblem } from '../../tools/local-cms-paths.ts';

describe('paths the local backend may touch', () => {
  it.each([
    ['content/lessons/een-les.md', 'entries', 'file'],
    ['content/experts/sanne-dekker.md', 'entries', 'file'],
    ['content/lessons', 'entries', 'folder'],
    ['content', 'entries', 'folder'],
    ['public/uploads/klaslokaal.png', 'media', 'file'],
    ['public/uploads', 'media', 'folder'],
  ] as const)('accepts %s as %s %s', (value, area, kind) => {
    expect(pathProblem(value, [area], kind)).toBeNull();
  });

  it.each([
    ['a file outside content/', 'scripts/x.ts'],
    ['a git hook', '.git/hooks/pre-commit'],
    ['the Astro config', 'astro.config.mjs'],
    ['package.json', 'package.json'],
    ['a folder whose name only starts like content', 'contentx/a.md'],
    ['.. inside the path', 'content/../scripts/x.ts'],
    ['.. deeper in the path', 'content/lessons/../../package.json'],
    ['a lone .', 'content/./lessons/a.md'],
    ['a hidden file', 'content/lessons/.env'],
    ['an absolute path', '/etc/passwd'],
    ['an absolute path into content', '/work/project/content/lessons/a.md'],
    ['a home path', '~/.bashrc'],
    ['backslashes', 'content\\..\\scripts\\x.ts'],
    ['an encoded ..', 'content/%2e%2e/scripts/x.ts'],
    ['an encoded slash', 'content/..%2fscripts/x.ts'],
    ['a Windows drive', 'C:/content/a.md'],
    ['a NUL character', 'content/lessons/a.md\u0000.ts'],
    ['a newline', 'content/lessons/a\n.md'],
    ['an empty folder name', 'content//a.md'],
    ['a trailing slash', 'content/lessons/'],
    ['content itself as a file', 'content'],
    ['an empty string', ''],
  ])('refuses %s (%j)', (_name, value) => {
    expect(pathProblem(value, ['entries'], 'file')).toEqual(expect.any(String));
  });

  it('refuses values that are not text', () => {
    for (const value of [undefined, null, 42, ['content/a.md'], { path: 'content/a.md' }]) {
      expect(pathProblem(value, ['entries'], 'file')).toBe('een pad ontbreekt');
    }
  });

  it('keeps media in public/uploads and entries in content', () => {
    expect(pathProblem('content/lessons/foto.png', ['media'], 'file')).toContain('buiten public/uploads/');
    expect(pathProblem('public/uploads/les.md', ['entries'], 'file')).toContain('buiten content/');
    expect(pathProblem('public/evil.html', ['media'], 'file')).toContain('buiten public/uploads/');
    expect(pathProblem('public/uploadsx/a.png', ['media'], 'file')).not.toBeNull();
    expect(pathProblem('public', ['media'], 'folder')).not.toBeNull();
  });
});

const persist = (params: Record<string, unknown>) => ({
  action: 'persistEntry',
  params: { branch: 'main', assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'draft' }, ...params },
});

describe('decap-server requests the local backend lets through', () => {
  it('lists every path a save touches: data files, their new paths and the assets', () => {
    const check = checkCmsRequest(
      persist({
        dataFiles: [{ slug: 'a', path: 'content/lessons/a.md', newPath: 'content/lessons/b.md', raw: 'x' }],
        assets: [{ path: 'public/uploads/a.png', content: '', encoding: 'base64' }],
      }),
    );
    expect(check).toEqual({
      ok: true,
      touches: [
        { kind: 'file', path: 'content/lessons/a.md', areas: ['entries'] },
        { kind: 'file', path: 'content/lessons/b.md', areas: ['entries'] },
        { kind: 'file', path: 'public/uploads/a.png', areas: ['media'] },
      ],
    });
  });

  it('checks both entry and dataFiles when a request sends both, and changes neither', () => {
    const body = persist({
      entry: { slug: 'a', path: 'scripts/x.ts', raw: 'x' },
      dataFiles: [{ slug: 'a', path: 'content/lessons/a.md', raw: 'x' }],
    });
    const before = JSON.stringify(body);
    expect(checkCmsRequest(body)).toMatchObject({ ok: false, problem: expect.stringContaining('scripts/x.ts') });
    expect(JSON.stringify(body)).toBe(before);
  });

  it.each([
    ['a data file outside content', persist({ entry: { slug: 'x', path: 'scripts/x.ts', raw: 'x' } })],
    ['a move out of content', persist({ entry: { slug: 'x', path: 'content/lessons/a.md', newPath: 'scripts/a.ts', raw: 'x' } })],
    ['an asset outside public/uploads', persist({ entry: { slug: 'x', path: 'content/lessons/a.md', raw: 'x' }, assets: [{ path: 'public/x.html', content: '', encoding: 'base64' }] })],
    ['dataFiles that are not a list', persist({ dataFiles: 'content/lessons/a.md' })],
    ['a media upload outside public/uploads', { action: 'persistMedia', params: { asset: { path: 'scripts/x.ts', content: '', encoding: 'base64' } } }],
    ['a media upload without a path', { action: 'persistMedia', params: {} }],
    ['reading package.json', { action: 'getEntry', params: { path: 'package.json' } }],
    ['reading /etc/passwd as media', { action: 'getMediaFile', params: { path: '/etc/passwd' } }],
    ['reading a file among others', { action: 'entriesByFiles', params: { files: [{ path: 'content/a.md' }, { path: 'package.json' }] } }],
    ['listing the project', { action: 'entriesByFolder', params: { folder: '.', extension: 'ts', depth: 1 } }],
    ['listing scripts/', { action: 'entriesByFolder', params: { folder: 'scripts', extension: 'ts', depth: 1 } }],
    ['listing with a depth that is no whole number', { action: 'entriesByFolder', params: { folder: 'content', extension: 'md', depth: 1e9 } }],
    ['listing public/ as the media folder', { action: 'getMedia', params: { mediaFolder: 'public' } }],
    ['deleting package.json', { action: 'deleteFile', params: { path: 'package.json' } }],
    ['deleting several files, one outside', { action: 'deleteFiles', params: { paths: ['content/lessons/a.md', '.git/config'] } }],
    ['an action of git mode', { action: 'unpublishedEntries', params: {} }],
    ['an action named after a built-in property', { action: 'constructor', params: {} }],
    ['no action', { params: {} }],
    ['params that are no object', { action: 'getEntry', params: 'content/a.md' }],
    ['a body that is a list', [{ action: 'info' }]],
  ])('refuses %s', (_name, body) => {
    expect(checkCmsRequest(body)).toMatchObject({ ok: false, problem: expect.any(String) });
  });

  it('lets through what the CMS does every day', () => {
    for (const body of [
      { action: 'info' },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/lessons', extension: 'md', depth: 1 } },
      { action: 'getEntry', params: { branch: 'main', path: 'content/lessons/a.md' } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/uploads' } },
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/lessons/a.md', 'public/uploads/a.png'] } },
      persist({ entry: { slug: 'a', path: 'content/lessons/a.md', raw: 'x' } }),
    ]) {
      expect(checkCmsRequest(body), JSON.stringify(body)).toMatchObject({ ok: true });
    }
  });
});

describe('which requests reach the local backend at all', () => {
  const settings = { port: 8081, devPort: 4321 };
  /** A request's head: a JSON POST from the dev server unless `headers` says otherwise (undefined: no such header). */
  const post = (headers: Record<string, string | undefined>, extra: { method?: string; url?: string } = {}) => {
    const all = { host: '127.0.0.1:8081', origin: 'http://localhost:4321', 'content-type': 'application/json', ...headers };
    return checkRequestHead(
      {
        method: extra.method ?? 'POST',
        url: extra.url ?? '/api/v1',
        headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)),
      },
      settings,
    );
  };

  it('lets through a JSON POST from the dev server, on any local name of both', () => {
    expect(post({})).toEqual({ verdict: 'pass' });
    expect(post({ host: 'localhost:8081', origin: 'http://127.0.0.1:4321' })).toEqual({ verdict: 'pass' });
    expect(post({ host: '[::1]:8081', 'content-type': 'application/json; charset=utf-8' })).toEqual({ verdict: 'pass' });
  });

  it('answers the CORS preflight of the dev server only', () => {
    const preflight = (origin: string, method = 'POST', requestHeaders = 'content-type') =>
      post({ origin, 'access-control-request-method': method, 'access-control-request-headers': requestHeaders }, { method: 'OPTIONS' });
    expect(preflight('http://localhost:4321')).toEqual({ verdict: 'preflight' });
    expect(preflight('http://localhost:9999')).toMatchObject({ verdict: 'refuse' });
    expect(preflight('http://localhost:4321', 'PUT')).toMatchObject({ verdict: 'refuse' });
    expect(preflight('http://localhost:4321', 'POST', 'content-type, x-secret')).toMatchObject({ verdict: 'refuse' });
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'evil.example:8081' }],
    ['a local Host with another port', { host: 'localhost:8082' }],
    ['a Host without port', { host: 'localhost' }],
    ['no Host', { host: undefined }],
    ['a page on another local port', { origin: 'http://localhost:9999' }],
    ['a page from another site', { origin: 'https://evil.example' }],
    ['the dev server over https', { origin: 'https://localhost:4321' }],
    ['a sandboxed page (Origin null)', { origin: 'null' }],
    ['no Origin at all', { origin: undefined }],
    ['a form post (text/plain, no preflight)', { 'content-type': 'text/plain' }],
    ['a form post (urlencoded)', { 'content-type': 'application/x-www-form-urlencoded' }],
  ])('refuses %s', (_name, headers) => {
    expect(post(headers)).toMatchObject({ verdict: 'refuse' });
  });

  it('refuses other methods and other addresses', () => {
    expect(post({}, { method: 'GET' })).toMatchObject({ verdict: 'refuse' });
    expect(post({}, { method: 'PUT' })).toMatchObject({ verdict: 'refuse' });
    expect(post({}, { url: '/api/v1?x=1' })).toMatchObject({ verdict: 'refuse' });
    expect(post({}, { url: 'http://evil.example/api/v1' })).toMatchObject({ verdict: 'refuse' });
    expect(post({}, { url: '/' })).toMatchObject({ verdict: 'refuse' });
  });
});

describe('symbolic links on disk', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'leernetwerk-links-'));
    mkdirSync(path.join(repo, 'content', 'lessons'), { recursive: true });
    mkdirSync(path.join(repo, 'content', 'inner'), { recursive: true });
    mkdirSync(path.join(repo, 'scripts'));
    writeFileSync(path.join(repo, 'package.json'), '{}');
    writeFileSync(path.join(repo, 'content', 'inner', 'a.md'), 'a');
    symlinkSync('../../package.json', path.join(repo, 'content', 'lessons', 'link.md'));
    symlinkSync('../scripts', path.join(repo, 'content', 'scripts'));
    symlinkSync('../inner/a.md', path.join(repo, 'content', 'lessons', 'inner.md'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('refuses a file that is a link to outside content/', async () => {
    expect(await diskProblem(repo, { kind: 'file', path: 'content/lessons/link.md', areas: ['entries'] })).toContain('link');
  });

  it('refuses a new file in a folder that is a link to outside content/', async () => {
    expect(await diskProblem(repo, { kind: 'file', path: 'content/scripts/new/x.ts', areas: ['entries'] })).toContain('link');
  });

  it('refuses to list a folder that holds a link to outside content/', async () => {
    expect(await diskProblem(repo, { kind: 'folder', path: 'content/lessons', areas: ['entries'], depth: 1 })).toContain('link.md');
  });

  it('accepts new files, and links that stay inside content/', async () => {
    expect(await diskProblem(repo, { kind: 'file', path: 'content/lessons/nieuw.md', areas: ['entries'] })).toBeNull();
    expect(await diskProblem(repo, { kind: 'file', path: 'content/lessons/inner.md', areas: ['entries'] })).toBeNull();
    expect(await diskProblem(repo, { kind: 'folder', path: 'content/inner', areas: ['entries'], depth: 1 })).toBeNull();
    expect(await diskProblem(repo, { kind: 'file', path: 'public/uploads/nog-geen-map.png', areas: ['media'] })).toBeNull();
  });
});
