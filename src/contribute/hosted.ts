/**
 * The handler as a static host runs it (Netlify Functions, Cloudflare Pages
 * Functions, the self-hosted Node server): contributions become pull or merge
 * requests on the git host, with the token from the host's environment. The
 * ids the form may choose come from the built site's /delen/keuzes.json.
 */
import type { SiteConfig } from '../config/site-schema.ts';
import site from '../site.config.ts';
import type { Choices } from './contribution.ts';
import { contributeHandler, type ContributeHandler } from './handler.ts';
import { choicesPath } from './choices.ts';
import { gitHostStore } from './settings.ts';

/** How long the choices are kept before they are fetched again. */
const choicesMaxAge = 5 * 60 * 1000;

/** Fetches the built site's choices next to the request, keeping them a few minutes. */
export function choicesFromSite(config: SiteConfig, fetchImpl: typeof fetch = fetch): (request: Request) => Promise<Choices | undefined> {
  let kept: { at: number; choices: Choices } | undefined;
  return async (request) => {
    if (kept && Date.now() - kept.at < choicesMaxAge) return kept.choices;
    const response = await fetchImpl(new URL(choicesPath(config), request.url));
    if (!response.ok) return undefined;
    kept = { at: Date.now(), choices: (await response.json()) as Choices };
    return kept.choices;
  };
}

const handlers = new Map<string, ContributeHandler>();

/** One handler per environment (per token), kept between requests so the rate limit counts across them. */
export function hostedHandler(env: Record<string, string | undefined>, config: SiteConfig = site): ContributeHandler {
  const key = JSON.stringify(env);
  let handler = handlers.get(key);
  if (!handler) {
    handler = contributeHandler({ site: config, store: gitHostStore(config, env), choices: choicesFromSite(config) });
    handlers.set(key, handler);
  }
  return handler;
}
