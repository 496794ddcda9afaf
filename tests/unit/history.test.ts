/**
 * "Laatst bijgewerkt" and /wijzigingen/ from git history: one `git log` read
 * once, on a real temporary repository; a shallow clone falls back to the
 * entries' own dates (never the build date), and says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryUpdated, gitLogArguments, historyFromChanges, noHistory, parseGitLog, readContentHistory } from '../../src/lib/history.ts';
import { changeRows } from '../../src/lib/pages/changes-page.ts';
import { livingPage } from '../../src/lib/pages/living.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'leernetwerk-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function git(dir: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.nl', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.nl' };
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env });
}

/** A repository with content/: a lesson added in January and changed in March, a prototype added in February, and a README. */
function makeRepository(): string {
  const repo = path.join(work, 'repo');
  mkdirSync(path.join(repo, 'content', 'lessons'), { recursive: true });
  mkdirSync(path.join(repo, 'content', 'prototypes'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(path.join(repo, 'content', 'lessons', 'rust-helpt.md'), 'versie 1\n');
  writeFileSync(path.join(repo, 'README.md'), 'leesmij\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Les erbij'], '2026-01-10T10:00:00+01:00');
  writeFileSync(path.join(repo, 'content', 'prototypes', 'rustige-werkplek.md'), 'voorbeeld\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Voorbeeld erbij'], '2026-02-20T10:00:00+01:00');
  writeFileSync(path.join(repo, 'content', 'lessons', 'rust-helpt.md'), 'versie 2\n');
  git(repo, ['commit', '-q', '-am', 'Les aangepast'], '2026-03-05T10:00:00+01:00');
  return repo;
}

describe('reading git history', () => {
  const repo = makeRepository();

  it('knows when each entry was added and last changed, from one git log of the content folder', () => {
    const warnings: string[] = [];
    const history = readContentHistory(path.join(repo, 'content'), (message) => warnings.push(message));
    expect(history.state).toBe('full');
    expect(warnings).toEqual([]);
    expect(history.changes.map((change) => [change.collection, change.id, change.change, change.date.toISOString().slice(0, 10)])).toEqual([
      ['lessons', 'rust-helpt', 'changed', '2026-03-05'],
      ['prototypes', 'rustige-werkplek', 'added', '2026-02-20'],
      ['lessons', 'rust-helpt', 'added', '2026-01-10'],
    ]);
    expect(history.lastChange.get('lessons/rust-helpt')?.toISOString()).toBe('2026-03-05T09:00:00.000Z');
  });

  it('on a shallow clone says so and keeps no dates, so pages use the entries’ own', () => {
    const clone = path.join(work, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const warnings: string[] = [];
    const history = readContentHistory(path.join(clone, 'content'), (message) => warnings.push(message));
    expect(history.state).toBe('shallow');
    expect(history.lastChange.size).toBe(0);
    expect(warnings).toEqual([expect.stringContaining('shallow clone')]);
    const data = { date: new Date('2025-05-01'), updated: new Date('2025-06-01') };
    expect(entryUpdated(history, 'lessons', 'rust-helpt', data)).toEqual(new Date('2025-06-01'));
  });

  it('outside a git repository says so and falls back the same way', () => {
    const plain = path.join(work, 'plain');
    mkdirSync(plain, { recursive: true });
    const warnings: string[] = [];
    const history = readContentHistory(plain, (message) => warnings.push(message));
    expect(history.state).toBe('none');
    expect(warnings).toEqual([expect.stringContaining('geen git-geschiedenis')]);
  });

  it('reads only entry files of known collections, and ignores a subject line that looks like a file', () => {
    const log = `\u001e2026-03-05T10:00:00+01:00\n\nM\tlessons/a.md\nA\tnotes/x.md\nM\tlessons/plaatje.png\n\u001e2026-01-01T00:00:00Z\n\nA\ttopics/gedrag.yaml\n`;
    expect(parseGitLog(log).map((change) => `${change.collection}/${change.id}`)).toEqual(['lessons/a', 'topics/gedrag']);
    expect(gitLogArguments).toContain('--relative');
  });
});

describe('living pages', () => {
  const relations = relationsFromFolder(path.join(fixturesDir, 'valid'));
  const lesson = relations.lesson('rust-helpt')!;
  const prototype = relations.prototype('rustige-werkplek')!;

  it('shows the date from git when it knows the file, else the entry’s own updated or date', () => {
    const history = historyFromChanges([{ collection: 'lessons', id: 'rust-helpt', date: new Date('2026-04-02T08:00:00Z'), change: 'changed' }]);
    expect(livingPage('lessons', lesson, history).updated).toEqual({ iso: '2026-04-02', text: '2 april 2026' });
    const own = lesson.data.updated ?? lesson.data.date;
    expect(livingPage('lessons', lesson, noHistory).updated?.iso).toBe(own.toISOString().slice(0, 10));
  });

  it('links editors to the entry in /admin/ and everyone to /delen/ with the page filled in', () => {
    const living = livingPage('lessons', lesson, noHistory);
    expect(living.editHref).toBe('/admin/#/collections/lessons/entries/rust-helpt');
    expect(living.suggestHref).toBe('/delen/?over=lessen%2Frust-helpt');
    expect(livingPage('lessons', { ...lesson, filePath: 'content/lessons/rust-helpt.mdx' }, noHistory).editHref).toBeUndefined();
  });

  it('asks "Klopt dit nog?" of a goed voorbeeld not changed within the term, with a link to its contact', () => {
    const updated = prototype.data.updated;
    const soon = new Date(updated.getTime() + 30 * 24 * 3600 * 1000);
    const late = new Date(updated.getTime() + 400 * 24 * 3600 * 1000);
    const contacts = relations.expertsOf(prototype.data.contacts);
    expect(livingPage('prototypes', prototype, noHistory, { contacts, now: soon }).stale).toBeUndefined();
    const stale = livingPage('prototypes', prototype, noHistory, { contacts, now: late }).stale!;
    expect(stale.text).toMatch(/^Dit voorbeeld is voor het laatst bijgewerkt op .+, meer dan een jaar geleden\./);
    expect(stale.ask).toEqual({ label: `Vraag het ${contacts[0]!.data.name}`, href: `/wie-weet-wat/${contacts[0]!.id}/#contact` });
    expect(livingPage('lessons', lesson, noHistory, { now: late }).stale).toBeUndefined();
  });
});

describe('the list of changes', () => {
  const relations = relationsFromFolder(path.join(fixturesDir, 'valid'));

  it('lists git changes of published entries newest first, as new or changed, one per entry and day', () => {
    const history = historyFromChanges([
      { collection: 'lessons', id: 'rust-helpt', date: new Date('2026-04-02T08:00:00Z'), change: 'changed' },
      { collection: 'lessons', id: 'rust-helpt', date: new Date('2026-04-02T07:00:00Z'), change: 'changed' },
      { collection: 'lessons', id: 'bestaat-niet-meer', date: new Date('2026-04-01T08:00:00Z'), change: 'added' },
      { collection: 'prototypes', id: 'rustige-werkplek', date: new Date('2026-03-01T08:00:00Z'), change: 'added' },
    ]);
    const rows = changeRows(relations, history);
    expect(rows.map((row) => [row.iso, row.kind, row.what, row.href])).toEqual([
      ['2026-04-02', 'Les', 'Bijgewerkt', '/lessen/rust-helpt/'],
      ['2026-03-01', 'Goed voorbeeld', 'Nieuw', '/prototypen/rustige-werkplek/'],
    ]);
  });

  it('without git history lists the entries’ own dates, never more than asked', () => {
    const rows = changeRows(relations, noHistory, 3);
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(rows.length).toBeGreaterThan(0);
    const dates = rows.map((row) => row.date.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });
});
