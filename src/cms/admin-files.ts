/**
 * The files of /admin/: the page (head and body here, one source for the
 * built page src/pages/admin/index.astro and for the dev server), what the
 * page hands to the setup script, and the Decap bundle copied from the
 * decap-cms npm package (no CDN: nothing leaves the site).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SiteConfig } from '../config/site-schema.ts';
import { nl } from '../i18n/nl.ts';
import { pagePaths } from '../lib/urls.ts';
import { collectionNames, collections } from '../schemas/index.ts';
import { cmsSetupInputId, cmsStartedFlag, serialiseSetupInput, type CmsSetupInput } from './client/setup-input.ts';

export const adminFolder = 'admin';

/** The folder with decap-cms's browser bundle. */
export function decapDistDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** The bundle and the chunks and WebAssembly files it loads on demand (source maps left out). */
export function decapBundleFiles(): string[] {
  const dir = decapDistDir();
  return readdirSync(dir)
    .filter((name) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm'))
    .map((name) => path.join(dir, name));
}

/** What the setup script (src/cms/client/setup.ts) needs from the build. */
export function cmsSetupInput(site: SiteConfig): CmsSetupInput {
  return {
    // The site's colours and styles, so the preview looks like the page.
    previewStyles: [`${site.basePath}theme.css`, `${site.basePath}${adminFolder}/preview.css`],
    // The kind label a preview shows above the title, as on the site.
    previewKinds: Object.fromEntries(
      collectionNames.filter((name) => collections[name].kind === 'entry').map((name) => [name, nl.collections[name].kind]),
    ),
  };
}

/** The note that manual-init.js shows when it had to start Decap without the setup: in English, without the save checks. */
export const fallbackNoteId = 'cms-fallback-note';

/**
 * admin/manual-init.js, loaded before decap-cms.js: tells Decap not to start by itself, so the
 * setup module (a deferred module that may arrive after config.yml) registers the Dutch phrases,
 * previews and save checks first and then starts it. When the setup failed or never ran (the
 * page has loaded, so it would have run by now), Decap starts anyway, as it did before, rather
 * than leaving the editor a blank page, with a note that says so; the build still checks what is saved.
 */
export const manualInitScript = `window.CMS_MANUAL_INIT = true;
window.addEventListener('load', function () {
  if (window.${cmsStartedFlag} || !window.CMS) return;
  var note = document.getElementById('${fallbackNoteId}');
  if (note) note.hidden = false;
  window.CMS.init();
});
`;

/** The admin page's own styles: its two notes (Decap styles everything else itself). */
export const adminCss = `.admin-note { margin: 0; padding: 1rem; font: 1.125rem/1.5 system-ui, sans-serif; background: #fff4e5; color: #1f2933; border-block-end: 3px solid #c2410c; }
.admin-note a { color: #0b5e6b; font-weight: 600; }
.small-screen { display: none; }
@media (max-width: 50em) {
  .small-screen { display: block; }
}
`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/**
 * The inside of the admin page's <head> and <body>, without the setup
 * script: the built page bundles that one, the dev server serves it as is.
 * decap-cms.js is a classic script, so it runs before the (deferred) setup module, which starts it.
 */
export function adminPage(site: SiteConfig): { head: string; body: string } {
  const base = site.basePath;
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="robots" content="noindex" />',
    `<title>${escapeHtml(nl.cms.adminTitle(site.name))}</title>`,
    `<link rel="icon" href="${base}${site.logo.src.replace(/^\//, '')}" type="image/svg+xml" />`,
    `<link rel="cms-config-url" type="text/yaml" href="${base}${adminFolder}/config.yml" />`,
    `<link rel="stylesheet" href="${base}${adminFolder}/admin.css" />`,
  ];
  const body = [
    // Decap is not made for phones: say so plainly, and where a phone does work.
    `<p class="admin-note small-screen" role="note">${escapeHtml(nl.cmsWords.smallScreen)}<a href="${base}${pagePaths.share}">${escapeHtml(nl.cmsWords.smallScreenLink)}</a></p>`,
    `<p class="admin-note" id="${fallbackNoteId}" role="alert" hidden>${escapeHtml(nl.cmsWords.startedWithoutSetup)}</p>`,
    `<noscript>${escapeHtml(nl.cms.noJavaScript(site.name))}</noscript>`,
    `<script src="${base}${adminFolder}/manual-init.js"></script>`,
    `<script src="${base}${adminFolder}/decap-cms.js"></script>`,
    `<script type="application/json" id="${cmsSetupInputId}">${serialiseSetupInput(cmsSetupInput(site))}</script>`,
  ];
  return { head: head.join('\n'), body: body.join('\n') };
}

/**
 * The admin page as the dev server sends it, with the setup module at
 * `setupScriptSrc` (served by Vite). Not an Astro page in dev: Astro would add
 * its dev client, which reloads the page whenever content/ changes, so after
 * every save in the CMS.
 */
export function adminPageHtml(site: SiteConfig, setupScriptSrc: string): string {
  const { head, body } = adminPage(site);
  return `<!doctype html>
<html lang="nl">
<head>
${head}
</head>
<body>
${body}
<script type="module" src="${escapeHtml(setupScriptSrc)}"></script>
</body>
</html>
`;
}
