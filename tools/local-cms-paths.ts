/**
 * Which files the local CMS backend (`npm start`) may touch: entries only
 * under content/, media only under public/uploads/. Pure functions that read
 * a decap-server request body and list every path it would read, write,
 * move, delete or list; tools/local-cms-guard.ts refuses the request when
 * one of them is not allowed, and adds the checks that need the disk
 * (symbolic links).
 */
import { mediaFolder } from '../src/cms/config.ts';
import { nl } from '../src/i18n/nl.ts';

const text = nl.localCms;

export type Area = 'entries' | 'media';

/** The folder of each area, relative to the project (forward slashes, no trailing slash). */
export const areaFolders: Record<Area, string> = { entries: 'content', media: mediaFolder };

/** One path a request would touch: a file, or a folder it lists `depth` levels deep. */
export type Touch =
  | { kind: 'file'; path: string; areas: readonly Area[] }
  | { kind: 'folder'; path: string; areas: readonly Area[]; depth: number };

export type RequestCheck = { ok: true; touches: Touch[] } | { ok: false; problem: string };

/** Listing deeper than this is refused (Decap's deepest nested collection default is 100). */
export const maxListDepth = 100;
const maxPathLength = 500;

/** Characters that have no place in a path the CMS makes: `\` and `:` (Windows tricks), `%` (encoded tricks), control characters. */
const forbiddenCharacters = /[\\%:\u0000-\u001f\u007f]/;

/**
 * Why `value` is not a plain relative path inside one of `areas`, or null
 * when it is. A folder may be the area's folder itself; a file lies inside it.
 */
export function pathProblem(value: unknown, areas: readonly Area[], kind: 'file' | 'folder'): string | null {
  if (typeof value !== 'string' || value === '') return text.pathMissing;
  const shown = JSON.stringify(value.slice(0, 80));
  if (value.length > maxPathLength) return text.tooLong(shown);
  if (forbiddenCharacters.test(value)) return text.forbiddenCharacter(shown);
  if (value.startsWith('/') || value.startsWith('~')) return text.notInProject(shown);
  const segments = value.split('/');
  if (segments.some((segment) => segment === '')) return text.emptyFolder(shown);
  if (segments.some((segment) => segment.startsWith('.'))) return text.hidden(shown);
  const inside = areas.some((area) => {
    const folder = areaFolders[area];
    return value.startsWith(`${folder}/`) || (kind === 'folder' && value === folder);
  });
  if (!inside) return text.outside(shown, areas.map((area) => `${areaFolders[area]}/`));
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list from the request, or a problem when it is not a list. */
function listOf(value: unknown, name: string): unknown[] | string {
  return Array.isArray(value) ? value : text.notAList(name);
}

/**
 * What each action of decap-server's local file system mode touches. Actions
 * not listed here are refused. Paths are taken as they come (`as string`):
 * checkCmsRequest checks every one before it returns them.
 */
const actions: Record<string, (params: Record<string, unknown>) => Touch[] | string> = {
  info: () => [],
  getDeployPreview: () => [],
  entriesByFolder: (params) => {
    const depth = params.depth;
    if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0 || depth > maxListDepth) return text.badDepth;
    return [{ kind: 'folder', path: params.folder as string, areas: ['entries'], depth }];
  },
  entriesByFiles: (params) => {
    const files = listOf(params.files, 'files');
    if (typeof files === 'string') return files;
    return files.map((file) => ({ kind: 'file', path: (isObject(file) ? file.path : undefined) as string, areas: ['entries'] }));
  },
  getEntry: (params) => [{ kind: 'file', path: params.path as string, areas: ['entries'] }],
  persistEntry: (params) => {
    // decap-server writes `entry` when there are no dataFiles; the CMS sends one of the two. Check both when both are there.
    const listed = params.dataFiles === undefined ? [] : listOf(params.dataFiles, 'dataFiles');
    if (typeof listed === 'string') return listed;
    const dataFiles = params.entry === undefined && params.dataFiles !== undefined ? listed : [...listed, params.entry];
    const assets = params.assets === undefined ? [] : listOf(params.assets, 'assets');
    if (typeof assets === 'string') return assets;
    const touches: Touch[] = [];
    for (const file of dataFiles) {
      if (!isObject(file)) return text.fileMissing;
      touches.push({ kind: 'file', path: file.path as string, areas: ['entries'] });
      if (file.newPath !== undefined) touches.push({ kind: 'file', path: file.newPath as string, areas: ['entries'] });
    }
    for (const asset of assets) touches.push({ kind: 'file', path: (isObject(asset) ? asset.path : undefined) as string, areas: ['media'] });
    return touches;
  },
  getMedia: (params) => [{ kind: 'folder', path: params.mediaFolder as string, areas: ['media'], depth: 1 }],
  getMediaFile: (params) => [{ kind: 'file', path: params.path as string, areas: ['media'] }],
  persistMedia: (params) => [{ kind: 'file', path: (isObject(params.asset) ? params.asset.path : undefined) as string, areas: ['media'] }],
  deleteFile: (params) => [{ kind: 'file', path: params.path as string, areas: ['entries', 'media'] }],
  deleteFiles: (params) => {
    const paths = listOf(params.paths, 'paths');
    if (typeof paths === 'string') return paths;
    return paths.map((file) => ({ kind: 'file', path: file as string, areas: ['entries', 'media'] }));
  },
};

/**
 * Checks a decap-server request body (`{ action, params }`): a known action,
 * and every path it would touch inside its area. Returns those paths, for the
 * checks on disk.
 */
export function checkCmsRequest(body: unknown): RequestCheck {
  if (!isObject(body) || typeof body.action !== 'string') return { ok: false, problem: text.noAction };
  const touchesOf = Object.hasOwn(actions, body.action) ? actions[body.action] : undefined;
  if (!touchesOf) return { ok: false, problem: text.unknownAction(JSON.stringify(body.action.slice(0, 40))) };
  const params = body.params ?? {};
  if (!isObject(params)) return { ok: false, problem: text.paramsMissing };
  const touches = touchesOf(params);
  if (typeof touches === 'string') return { ok: false, problem: touches };
  for (const touch of touches) {
    const problem = pathProblem(touch.path, touch.areas, touch.kind);
    if (problem) return { ok: false, problem };
  }
  return { ok: true, touches };
}
