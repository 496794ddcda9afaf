/**
 * `npm start` writes what is shared into content/, so its endpoint takes a
 * form only from a page of the dev server itself: the address must name this
 * computer (a foreign domain pointed at 127.0.0.1, DNS rebinding, gets
 * nothing) and the browser's Origin must be that same address (a form on
 * another site, or on another port of this computer, is refused). A browser
 * always sends Origin with a POST. The same rule as the CMS's local backend
 * (tools/local-cms-guard.ts) follows, for a form instead of JSON.
 */

/** The names a browser uses for this computer (URL.hostname writes IPv6 in brackets). */
const thisComputer = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when `request` comes from a page served at the very address it was sent to, on this computer. */
export function isFromOwnLocalPage(request: Request): boolean {
  // The request's URL is built from its Host header (src/contribute/node-http.ts).
  const address = new URL(request.url);
  if (!thisComputer.has(address.hostname)) return false;
  return request.headers.get('Origin') === address.origin;
}
