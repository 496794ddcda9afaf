/**
 * When each content file last changed, from git: one `git log` over the
 * content folder per build, parsed once. Pages show "Laatst bijgewerkt op"
 * from it and /wijzigingen/ lists the newest changes. A shallow clone (as
 * many hosts build from) has only the last commit, which would date every
 * file to the build; then the build says so and pages use the entry's own
 * `updated` or `date` instead (see entryUpdated).
 */
import { execFileSync } from 'node:child_process';
import { nl } from '../i18n/nl.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';

/** One commit's change to one entry file. */
export interface FileChange {
  collection: CollectionName;
  id: string;
  date: Date;
  /** `added`: the commit created the file; `changed`: it edited it. */
  change: 'added' | 'changed';
}

export interface ContentHistory {
  /** `full`: a full git history; `shallow`: a shallow clone; `none`: no git (or git failed). */
  state: 'full' | 'shallow' | 'none';
  /** Every change, newest first. Empty unless `state` is `full`. */
  changes: FileChange[];
  /** Last change per `collection/id`. */
  lastChange: Map<string, Date>;
}

export const noHistory: ContentHistory = { state: 'none', changes: [], lastChange: new Map() };

export const historyKey = (collection: string, id: string) => `${collection}/${id}`;

/** Marks each commit in the log, so a subject line can never be read as a commit. */
const commitMark = '\u001e';

/** The `git log` arguments whose output parseGitLog reads: per commit its date, then its files with A or M. */
export const gitLogArguments = ['log', `--format=${commitMark}%cI`, '--name-status', '--no-renames', '--diff-filter=AM', '--relative', '--', '.'];

/** A path relative to the content folder (`lessons/x.md`) as collection and id, or nothing for other files. */
function entryOfPath(file: string): { collection: CollectionName; id: string } | undefined {
  const match = /^([^/]+)\/([^/]+)\.(?:md|mdx|ya?ml)$/.exec(file);
  if (!match || !collectionNames.includes(match[1] as CollectionName)) return undefined;
  return { collection: match[1] as CollectionName, id: match[2] };
}

/** Reads the output of `git log` with gitLogArguments into changes, newest first. */
export function parseGitLog(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const block of output.split(commitMark).slice(1)) {
    const [dateLine = '', ...lines] = block.split('\n');
    const date = new Date(dateLine.trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const line of lines) {
      const [status, file] = line.split('\t');
      const entry = file && entryOfPath(file);
      if (!entry || (status !== 'A' && status !== 'M')) continue;
      changes.push({ ...entry, date, change: status === 'A' ? 'added' : 'changed' });
    }
  }
  return changes.sort((a, b) => b.date.getTime() - a.date.getTime());
}

export function historyFromChanges(changes: FileChange[], state: ContentHistory['state'] = 'full'): ContentHistory {
  const lastChange = new Map<string, Date>();
  for (const change of changes) {
    const key = historyKey(change.collection, change.id);
    const known = lastChange.get(key);
    if (!known || known < change.date) lastChange.set(key, change.date);
  }
  return { state, changes, lastChange };
}

const git = (contentDir: string, args: string[]) =>
  execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** Reads the history of `contentDir` from git; says on stderr why not when it cannot. */
export function readContentHistory(contentDir: string, warn: (message: string) => void = console.warn): ContentHistory {
  try {
    if (git(contentDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      warn(nl.living.shallowClone);
      return { ...noHistory, state: 'shallow' };
    }
    return historyFromChanges(parseGitLog(git(contentDir, gitLogArguments)));
  } catch {
    warn(nl.living.noGit);
    return noHistory;
  }
}

let cached: ContentHistory | undefined;

/** The content folder's history, read once per build (LEERNETWERK_CONTENT_DIR as in src/content.config.ts). */
export function loadContentHistory(): ContentHistory {
  cached ??= readContentHistory(process.env.LEERNETWERK_CONTENT_DIR ?? './content');
  return cached;
}

/** The entry's own date of its last change: `updated`, else `date`, else a profile's `reviewed`. */
export function ownDate(data: Record<string, unknown>): Date | undefined {
  for (const field of ['updated', 'date', 'reviewed']) {
    const value = data[field];
    if (value instanceof Date) return value;
  }
  return undefined;
}

/**
 * When an entry last changed: from git when the history is full and knows
 * the file, else the entry's own date (never the build's date).
 */
export function entryUpdated(history: ContentHistory, collection: CollectionName, id: string, data: Record<string, unknown>): Date | undefined {
  return history.lastChange.get(historyKey(collection, id)) ?? ownDate(data);
}
