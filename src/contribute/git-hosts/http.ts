/**
 * The few HTTP calls the git hosts need: JSON in and out with the token in a
 * header, a 404 told apart from other failures, and text as base64 (the
 * hosts' APIs want file contents that way). Uses only fetch, TextEncoder and
 * btoa/atob, which Node, Netlify and Cloudflare all have.
 */
import { StoreRefusal } from '../store.ts';

export type Fetch = typeof fetch;

export interface HostClient {
  /** The JSON answer, or undefined for 404 when `allowMissing`; any other failure throws StoreRefusal('host'). */
  call<T>(method: string, path: string, body?: unknown, options?: { allowMissing?: boolean }): Promise<T | undefined>;
}

/** `base` is the API root without trailing slash; `auth` the Authorization header's value. */
export function hostClient(base: string, auth: string, fetchImpl: Fetch = fetch): HostClient {
  return {
    async call(method, path, body, options = {}) {
      const response = await fetchImpl(`${base.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          Authorization: auth,
          Accept: 'application/json',
          'User-Agent': 'leernetwerk-delen',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status === 404 && options.allowMissing) return undefined;
      if (!response.ok) {
        // The host's message helps whoever runs the site; the token is never in it.
        const text = await response.text().catch(() => '');
        throw new StoreRefusal('host', `${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
      }
      const text = await response.text();
      return (text ? JSON.parse(text) : {}) as never;
    },
  };
}

export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

export function fromBase64(encoded: string): string {
  const binary = atob(encoded.replace(/\s/g, ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

/** A path segment or file path for a URL: each segment encoded, slashes kept. */
export const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** A file on a branch through the contents API that GitHub and Gitea share; undefined when it is not there. */
export async function readContentsFile(client: HostClient, repo: string, path: string, branch: string): Promise<{ text: string; sha: string } | undefined> {
  const file = await client.call<{ content: string; sha: string }>('GET', `${repo}/contents/${encodePath(path)}?ref=${encodeURIComponent(branch)}`, undefined, {
    allowMissing: true,
  });
  return file && { text: fromBase64(file.content), sha: file.sha };
}
