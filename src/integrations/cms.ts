/**
 * Decap CMS at /admin/. The page is src/pages/admin/index.astro, whose setup
 * module the build bundles. At build this integration writes the generated
 * config (production backend), the preview styles and the Decap bundle into
 * the output. In dev it serves the same files, with a config that saves
 * through decap-server into content/ (see scripts/start.ts), and the page
 * itself (see adminPageHtml for why not through Astro).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminCss, adminFolder, adminPageHtml, decapBundleFiles, manualInitScript } from '../cms/admin-files.ts';
import { cmsConfigYaml } from '../cms/config.ts';
import { nl } from '../i18n/nl.ts';
import { contentTypeFor, sendFile } from './serve-file.ts';
import site from '../site.config.ts';

const previewCss = fileURLToPath(new URL('../styles/global.css', import.meta.url));
const setupModule = fileURLToPath(new URL('../cms/client/setup.ts', import.meta.url));

/** The admin files that are generated, by file name; each is made only when asked for. */
function generatedFiles(mode: 'local' | 'production', localSiteUrl?: () => string): Record<string, () => string> {
  return {
    'config.yml': () => cmsConfigYaml({ site, mode, localBackendUrl: process.env.LEERNETWERK_CMS_LOCAL_URL, localSiteUrl: localSiteUrl?.() }),
    'admin.css': () => adminCss,
    'manual-init.js': () => manualInitScript,
    // The preview pane shows an entry on its own: give it the page's margins.
    'preview.css': () =>
      `${readFileSync(previewCss, 'utf8')}\n.preview { padding-block: 1.5rem; }\n.preview .prose > div > * + * { margin-block-start: 1em; }\n`,
  };
}

export function cms(): AstroIntegration {
  return {
    name: 'leernetwerk:cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const prefix = `${site.basePath}${adminFolder}/`;
        const bundle = new Map(decapBundleFiles().map((file) => [path.basename(file), file]));
        // Vite serves the setup module from source, compiled on request.
        const setupSrc = `${server.config.base}${path.relative(server.config.root, setupModule).split(path.sep).join('/')}`;
        let host = 'localhost';
        const generated: Record<string, () => string> = {
          ...generatedFiles('local', () => `http://${host}${site.basePath}`),
          'index.html': () => adminPageHtml(site, setupSrc),
        };
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          // The address the browser used for the admin, so "Bekijk live" goes to the same local site.
          if (request.headers.host && /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(request.headers.host)) host = request.headers.host;
          if (pathname === prefix.slice(0, -1)) {
            response.writeHead(301, { Location: prefix }).end();
            return;
          }
          if (!pathname.startsWith(prefix)) return next();
          const name = pathname.slice(prefix.length) || 'index.html';
          const make = generated[name];
          if (make !== undefined) {
            response.writeHead(200, { 'Content-Type': contentTypeFor(name) }).end(make());
            return;
          }
          const file = bundle.get(name);
          if (!file) return next();
          sendFile(response, file);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const adminDir = path.join(fileURLToPath(dir), adminFolder);
        mkdirSync(adminDir, { recursive: true });
        for (const [name, make] of Object.entries(generatedFiles('production'))) writeFileSync(path.join(adminDir, name), make());
        const bundle = decapBundleFiles();
        for (const file of bundle) copyFileSync(file, path.join(adminDir, path.basename(file)));
        logger.info(nl.build.adminWritten(adminFolder, bundle.length));
      },
    },
  };
}
