/**
 * The floor the framework itself sets: a bare Astro project with one page per
 * prototype, lesson and expert, rendered from the same .md files through a
 * glob collection. No layout, no relations, no lists, no search index, no
 * content check. It uses this project's node_modules (a symlink), so it builds
 * with the same Astro, Vite and Markdown processor as the site.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FloorProject {
  root: string;
  outDir: string;
}

const entryFolders = ['prototypes', 'lessons', 'experts'];

export function writeFloorProject(options: { root: string; contentDir: string; nodeModules: string }): FloorProject {
  const { root, contentDir, nodeModules } = options;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, path.join(root, 'node_modules'), 'dir');
  const outDir = path.join(root, 'dist');

  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: 'leernetwerk-bench-floor', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      '',
      '// Defaults only: the Markdown processor is Astro 7\'s default (Sätteri), as on the site.',
      `export default defineConfig({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(path.join(root, '.cache'))} });`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      'export const collections = {',
      `  entries: defineCollection({ loader: glob({ pattern: '{${entryFolders.join(',')}}/*.md', base: ${JSON.stringify(contentDir)} }) }),`,
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(root, 'src', 'pages', '[...slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  const entries = await getCollection('entries', (entry) => entry.data.draft !== true);",
      '  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const title = entry.data.title ?? entry.data.name;',
      '---',
      '<html lang="nl">',
      '  <head><meta charset="utf-8" /><title>{title}</title></head>',
      '  <body><h1>{title}</h1><Content /></body>',
      '</html>',
      '',
    ].join('\n'),
  );
  return { root, outDir };
}
