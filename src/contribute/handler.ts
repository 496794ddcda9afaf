/**
 * The endpoint behind /delen/, written once as a standard web handler (a
 * Request in, a Response out), so the same code runs as a Netlify Function,
 * a Cloudflare Pages Function, a plain Node server and inside `npm start`.
 *
 * In order: with `npm start`, only from the dev server's own page
 * (local-origin.ts); only a POSTed form; at most `contribute.maxBytes`; at most
 * `contribute.ratePerHour` from one address; the honeypot left empty; the
 * access code, when the site has one; then the build's own rules (zod schema
 * and privacy guard, src/contribute/contribution.ts). What passes goes to the
 * store: a pull request on the git host, or a draft file locally.
 *
 * A browser without JavaScript posts the form and gets a page back (a
 * redirect to /delen/bedankt/, or the problems); the form's script asks for
 * JSON (Accept: application/json) and shows the answer in the form.
 */
import type { SiteConfig } from '../config/site-schema.ts';
import { nl } from '../i18n/nl.ts';
import { formatDate } from '../lib/dates.ts';
import { accessCodeMatches } from './access-code.ts';
import { formInput, formNames, readContribution, type Choices, type Contribution, type FormInput, type Problem } from './contribution.ts';
import { fileWithAddition, newEntryFile } from './draft-file.ts';
import { isFromOwnLocalPage } from './local-origin.ts';
import { rateLimiter, type RateLimiter } from './rate-limit.ts';
import { slugFromTitle } from './slug.ts';
import { StoreRefusal, type ContributionStore, type StoreRequest, type Stored } from './store.ts';

export interface HandlerOptions {
  site: SiteConfig;
  /** Where contributions go; undefined when sharing is not set up (no token). */
  store: ContributionStore | undefined;
  /** The ids the form offers; undefined skips that check (the build still checks every reference). */
  choices?: (request: Request) => Promise<Choices | undefined>;
  rateLimiter?: RateLimiter;
  /** Today as YYYY-MM-DD in the Netherlands; tests pass a fixed day. */
  today?: () => string;
  /** The message shown after saving; the local store says where the draft is. */
  savedMessage?: (stored: Stored) => string;
  /** Where problems with the git host are reported (never shown to the contributor). */
  log?: (message: string) => void;
  /** Only forms from a page of this computer's own server (npm start, which writes files; local-origin.ts). */
  ownLocalPageOnly?: boolean;
}

/** What the caller knows about who is asking: the address, for the rate limit. */
export interface ClientInfo {
  address?: string;
}

export type ContributeHandler = (request: Request, client?: ClientInfo) => Promise<Response>;

/** Today in the Netherlands as YYYY-MM-DD. */
export const dutchToday = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** Reads at most `max` bytes of the body; undefined when there are more. */
async function readLimited(request: Request, max: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function parseForm(body: Uint8Array, contentType: string): Promise<FormInput | undefined> {
  try {
    if (contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) return formInput(new URLSearchParams(new TextDecoder().decode(body)));
    return formInput(await new Response(body as BodyInit, { headers: { 'Content-Type': contentType } }).formData());
  } catch {
    return undefined;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** Text for a Markdown description: no code spans broken, no @mentions or links made from what someone typed. */
const quoted = (text: string) => `\`${text.replace(/[`\r\n]/g, ' ').slice(0, 200)}\``;

function storeRequest(contribution: Contribution, today: string, sent: string): StoreRequest {
  const from = `${quoted(contribution.contributor.name)} (${quoted(contribution.contributor.email)})`;
  if (contribution.kind === 'addition') {
    const kind = nl.contribute.additionKind;
    const page = `${contribution.collection}/${contribution.id}`;
    return {
      type: 'addition',
      collection: contribution.collection,
      id: contribution.id,
      apply: (existing) => fileWithAddition(existing, contribution, today),
      title: nl.contribute.pullRequestTitle(kind, page),
      description: (file) => nl.contribute.pullRequestBody({ kind, from, file, sent }),
    };
  }
  const kind = nl.collections[contribution.collection].kind;
  const title = String(contribution.data.title);
  const authors = (contribution.data.authors as string[] | undefined) ?? [];
  return {
    type: 'new',
    collection: contribution.collection,
    slug: slugFromTitle(title),
    file: ({ draft }) => newEntryFile(contribution, { draft }),
    title: nl.contribute.pullRequestTitle(kind, title),
    description: (file) => nl.contribute.pullRequestBody({ kind, from, file, author: authors.length ? authors.join(', ') : undefined, sent }),
  };
}

export function contributeHandler(options: HandlerOptions): ContributeHandler {
  const { site } = options;
  const settings = site.contribute;
  const limiter = options.rateLimiter ?? rateLimiter(settings.ratePerHour);
  const today = options.today ?? (() => dutchToday());
  const siteOrigin = new URL(site.url).origin;
  const thanksPath = `${site.basePath}delen/bedankt/`;

  /** Headers every answer gets: no caching, no sniffing, and the site's own origin may read it. */
  function baseHeaders(request: Request): Record<string, string> {
    const origin = request.headers.get('Origin');
    return {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Origin, Accept',
      ...(origin === siteOrigin ? { 'Access-Control-Allow-Origin': origin } : {}),
    };
  }

  function answer(request: Request, status: number, body: { ok: boolean; message: string; problems?: Problem[]; file?: string; url?: string }): Response {
    const headers = baseHeaders(request);
    if ((request.headers.get('Accept') ?? '').includes('application/json')) {
      return new Response(JSON.stringify(body), { status, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
    }
    if (body.ok) return new Response(null, { status: 303, headers: { ...headers, Location: thanksPath } });
    const items = (body.problems?.length ? body.problems.map((problem) => problem.message) : [body.message]).map((text) => `<li>${escapeHtml(text)}</li>`);
    const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(nl.contribute.refusedTitle)} | ${escapeHtml(site.name)}</title>
<link rel="stylesheet" href="${site.basePath}theme.css"></head>
<body><main class="wrapper stack" id="inhoud"><h1>${escapeHtml(nl.contribute.refusedTitle)}</h1>
<ul>${items.join('')}</ul>
<p>${escapeHtml(nl.contribute.back)}</p>
<p>${escapeHtml(nl.share.mailInstead(site.contact.email))}</p></main></body></html>`;
    return new Response(html, {
      status,
      headers: {
        ...headers,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      },
    });
  }

  const refuse = (request: Request, status: number, message: string, problems?: Problem[]) => answer(request, status, { ok: false, message, problems });

  return async (request, client = {}) => {
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { ...baseHeaders(request), 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Accept' },
      });
    }
    if (options.ownLocalPageOnly && !isFromOwnLocalPage(request)) return refuse(request, 403, nl.contributeSafety.notFromOwnPage);
    // The multipart boundary is case-sensitive: only the type is compared in lower case.
    const contentType = request.headers.get('Content-Type') ?? '';
    if (request.method !== 'POST' || !formTypes.some((type) => contentType.toLowerCase().startsWith(type))) {
      return refuse(request, request.method === 'POST' ? 415 : 405, nl.contribute.notAForm);
    }
    const tooLarge = nl.contribute.tooLarge(Math.floor(settings.maxBytes / 1000));
    if (Number(request.headers.get('Content-Length') ?? 0) > settings.maxBytes) return refuse(request, 413, tooLarge);
    const body = await readLimited(request, settings.maxBytes);
    if (!body) return refuse(request, 413, tooLarge);
    const input = await parseForm(body, contentType);
    if (!input) return refuse(request, 400, nl.contribute.notAForm);

    if (!limiter.hit(client.address ?? 'onbekend')) return refuse(request, 429, nl.contribute.tooMany);
    if ((input[formNames.honeypot] ?? []).some((value) => value.trim() !== '')) return refuse(request, 400, nl.contribute.honeypot);
    if (settings.accessCodeHash && !(await accessCodeMatches(input[formNames.accessCode]?.[0] ?? '', settings.accessCodeHash))) {
      return refuse(request, 403, nl.contribute.accessCode, [{ field: formNames.accessCode, message: nl.contribute.accessCode }]);
    }
    if (!options.store) return refuse(request, 503, nl.contribute.notConfigured(site.contact.email));

    const day = today();
    const choices = await options.choices?.(request).catch(() => undefined);
    const { contribution, problems } = readContribution(input, { today: day, choices });
    if (problems.length > 0 || !contribution) return refuse(request, 422, nl.share.problemsIntro(problems.length), problems);

    try {
      const stored = await options.store.save(storeRequest(contribution, day, formatDate(new Date(`${day}T00:00:00Z`))));
      return answer(request, 201, { ok: true, message: options.savedMessage?.(stored) ?? nl.share.sent, file: stored.file, url: stored.url });
    } catch (error) {
      if (error instanceof StoreRefusal) {
        switch (error.reason) {
          case 'unknownPage':
            return refuse(request, 422, nl.contribute.unknownPage, [{ field: formNames.page, message: nl.contribute.unknownPage }]);
          case 'mdxPage':
            return refuse(request, 422, nl.contribute.mdxPage, [{ field: formNames.page, message: nl.contribute.mdxPage }]);
          case 'pending':
            return refuse(request, 409, nl.contribute.pending);
        }
      }
      (options.log ?? console.error)(`Delen: opslaan mislukt: ${error instanceof Error ? error.message : String(error)}`);
      return refuse(request, 502, nl.contribute.hostFailed(site.contact.email));
    }
  };
}
