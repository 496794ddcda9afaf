/** /admin/ in the built site: served from the site's own files, with the config generated from the schemas. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapBundleFiles } from '../../src/cms/admin-files.ts';
import { cmsConfigYaml } from '../../src/cms/config.ts';
import site from '../../src/site.config.ts';
import { sampleSiteDir } from '../helpers/paths.ts';

const adminDir = path.join(sampleSiteDir, 'admin');

describe('the CMS in the build', () => {
  it('serves the config generated from the schemas and the site config (no drift)', () => {
    expect(readFileSync(path.join(adminDir, 'config.yml'), 'utf8')).toBe(cmsConfigYaml({ site, mode: 'production' }));
  });

  it('loads Decap from the site itself, never from a CDN', () => {
    const html = readFileSync(path.join(adminDir, 'index.html'), 'utf8');
    const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) {
      expect(source, source).toMatch(/^\//);
      expect(existsSync(path.join(sampleSiteDir, source)), source).toBe(true);
    }
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(`Beheer | ${site.name}`);
  });

  it('copies every chunk the Decap bundle loads on demand', () => {
    const copied = new Set(readdirSync(adminDir));
    const missing = decapBundleFiles().map((file) => path.basename(file)).filter((name) => !copied.has(name));
    expect(missing).toEqual([]);
  });

  it('keeps the admin out of search and the sitemap', () => {
    const html = readFileSync(path.join(adminDir, 'index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('name="robots" content="noindex"');
    expect(readFileSync(path.join(sampleSiteDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });
});
