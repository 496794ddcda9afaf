/**
 * The thin adapters around the one handler: Netlify's function (Request and
 * context in, path /api/delen), Cloudflare's Pages Function (the token from
 * context.env, the address from CF-Connecting-IP, the one file in
 * functions/), and the site config's settings for sharing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../src/config/site-schema.ts';
import { onContributeRequest } from '../../src/contribute/cloudflare.ts';
import netlifyFunction, { config as netlifyConfig } from '../../src/contribute/netlify/delen.ts';
import site from '../../src/site.config.ts';
import { projectRoot } from '../helpers/paths.ts';

/** On the loopback address: with a token, the handler fetches /delen/keuzes.json next to the request (nothing listens on port 9, so that fails at once and the check goes on without it). */
const form = () =>
  new Request('http://127.0.0.1:9/api/delen', {
    method: 'POST',
    body: new URLSearchParams({ soort: 'lessons', naam: 'Ans', email: 'ans@school.example' }),
    headers: { Accept: 'application/json', 'CF-Connecting-IP': '192.0.2.1' },
  });

describe('the host adapters', () => {
  it('Netlify runs the handler at /api/delen, the path the form posts to', async () => {
    expect(netlifyConfig.path).toBe(site.contribute.endpoint);
    const response = await netlifyFunction(form(), { ip: '192.0.2.1' });
    // No token in this test's environment: the handler answers that sharing is not switched on.
    expect(response.status).toBe(503);
    expect((await response.json()).message).toContain(site.contact.email);
  });

  it('Cloudflare takes the token from the Pages context, not from process.env', async () => {
    const withoutToken = await onContributeRequest({ request: form(), env: {} });
    expect(withoutToken.status).toBe(503);
    // With a token the form is read and checked before anything goes to the git host.
    const withToken = await onContributeRequest({ request: form(), env: { LEERNETWERK_CONTRIBUTE_TOKEN: 't', ASSETS: {} } });
    expect(withToken.status).toBe(422);
  });

  it('keeps the one file Cloudflare needs in functions/ to a single re-export', () => {
    const file = readFileSync(path.join(projectRoot, 'functions', 'api', 'delen.ts'), 'utf8');
    expect(file.trim().split('\n').filter((line) => !line.startsWith('//'))).toEqual([
      "export { onContributeRequest as onRequest } from '../../src/contribute/cloudflare.ts';",
    ]);
  });
});

describe('the site config for sharing', () => {
  it('has safe defaults: the endpoint on the site, 60 kB, 10 an hour, review in the CMS workflow', () => {
    expect(site.contribute).toMatchObject({ endpoint: '/api/delen', maxBytes: 60_000, ratePerHour: 10, workflowStatus: 'pending_review', labelPrefix: 'decap-cms/' });
    expect(site.contribute.accessCodeHash).toBeUndefined();
  });

  it('takes only a hash as access code, never the code itself', () => {
    const input = { ...site, contribute: { accessCodeHash: 'onze-geheime-code' } };
    const result = siteConfigSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['contribute', 'accessCodeHash']);
  });
});
