/**
 * /admin/ in the built site: served from the site's own files, with the config
 * generated from the schemas and the setup module bundled by the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPage, cmsSetupInput, decapBundleFiles, manualInitScript } from '../../src/cms/admin-files.ts';
import { cmsSetupInputId } from '../../src/cms/client/setup-input.ts';
import { imageWithoutAltMessage } from '../../src/cms/client/image-alt-rule.ts';
import { cmsConfigYaml } from '../../src/cms/config.ts';
import site from '../../src/site.config.ts';
import { sampleSiteDir } from '../helpers/paths.ts';

const adminDir = path.join(sampleSiteDir, 'admin');
const adminHtml = () => readFileSync(path.join(adminDir, 'index.html'), 'utf8');

describe('the CMS in the build', () => {
  it('serves the config generated from the schemas and the site config (no drift)', () => {
    expect(readFileSync(path.join(adminDir, 'config.yml'), 'utf8')).toBe(cmsConfigYaml({ site, mode: 'production' }));
  });

  it('loads Decap from the site itself, never from a CDN', () => {
    const html = adminHtml();
    const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) {
      expect(source, source).toMatch(/^\//);
      expect(existsSync(path.join(sampleSiteDir, source)), source).toBe(true);
    }
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(`Beheer | ${site.name}`);
  });

  it('has the same head and body as the page the dev server sends, so both load the CMS the same way', () => {
    const { head, body } = adminPage(site);
    expect(adminHtml()).toContain(head);
    expect(adminHtml()).toContain(body);
  });

  /** A built script with the chunks it imports (Vite moves code the search page shares, such as the texts, into a chunk). */
  function bundleWithChunks(source: string, seen = new Set<string>()): string {
    if (seen.has(source)) return '';
    seen.add(source);
    const text = readFileSync(path.join(sampleSiteDir, source), 'utf8');
    const imports = [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
    for (const specifier of imports) expect(specifier, `${source} imports ${specifier}`).toMatch(/^\.\/[\w.-]+\.js$/);
    return [text, ...imports.map((specifier) => bundleWithChunks(path.posix.join(path.posix.dirname(source), specifier), seen))].join('\n');
  }

  it('runs the setup module bundled into /_astro/ after decap-cms.js, with the input from the build, and lets the setup start Decap', () => {
    const html = adminHtml();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) => ({ attributes: attributes!, text: text! }));
    // Every script that runs is a file: nothing inline (the JSON block is data, not code).
    expect(scripts.filter((script) => !/\bsrc=/.test(script.attributes) && !/type="application\/json"/.test(script.attributes))).toEqual([]);
    const sources = scripts.map((script) => /src="([^"]+)"/.exec(script.attributes)?.[1]).filter(Boolean);
    expect(sources).toEqual([
      `${site.basePath}admin/manual-init.js`,
      `${site.basePath}admin/decap-cms.js`,
      expect.stringMatching(new RegExp(`^${site.basePath}_astro/[^/]+\\.js$`)),
    ]);
    // Decap must not start by itself: it could pick its phrases before the setup module registered the Dutch ones.
    const manualInit = readFileSync(path.join(sampleSiteDir, 'admin', 'manual-init.js'), 'utf8');
    expect(manualInit).toBe(manualInitScript);
    expect(manualInit).toMatch(/^window\.CMS_MANUAL_INIT = true;$/m);
    expect(scripts.find((script) => script.attributes.includes(sources[2]!))!.attributes).toContain('type="module"');
    const bundle = bundleWithChunks(sources[2]!);
    expect(bundle).toMatch(/\.init\(\)/);
    // Bundled from src/cms/client/: the image rule and the previews are in it, and it loads only built files of the site.
    expect(bundle).toContain(imageWithoutAltMessage);
    expect(bundle).toContain('registerPreviewTemplate');
    const input = scripts.find((script) => script.attributes.includes(`id="${cmsSetupInputId}"`));
    expect(JSON.parse(input!.text)).toEqual(cmsSetupInput(site));
  });

  it('copies every chunk the Decap bundle loads on demand', () => {
    const copied = new Set(readdirSync(adminDir));
    const missing = decapBundleFiles().map((file) => path.basename(file)).filter((name) => !copied.has(name));
    expect(missing).toEqual([]);
  });

  it('keeps the admin out of search and the sitemap', () => {
    const html = adminHtml();
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('name="robots" content="noindex"');
    expect(readFileSync(path.join(sampleSiteDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });
});
