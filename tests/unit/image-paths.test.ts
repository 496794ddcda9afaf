/**
 * Image paths lead to an image file inside public/, in image fields and in
 * Markdown and MDX bodies: every way of pointing elsewhere (.., //host,
 * /\host, backslashes, encoded dots, links out of public/, other schemes,
 * relative paths) is refused in Dutch, with field or line.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyImagePaths, imagePathChecker } from '../../src/content-check/image-paths.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { photoBytes, uploadSite } from '../helpers/upload-fixture.ts';
import { projectRoot } from '../helpers/paths.ts';

const site = uploadSite('unit-image-paths', { uploads: { 'foto.jpg': photoBytes.jpeg, 'Map/klas.png': photoBytes.png, 'mijn foto.jpg': photoBytes.jpeg } });
const outsideFile = path.join(site.root, 'geheim.jpg');
writeFileSync(outsideFile, photoBytes.jpeg);
symlinkSync(outsideFile, path.join(site.publicDir, 'uploads', 'link.jpg'));
mkdirSync(path.join(site.publicDir, 'uploads', 'map.jpg'));
const check = imagePathChecker(site.publicDir);

describe('an image path', () => {
  it.each([
    '/uploads/foto.jpg',
    '/uploads/Map/klas.png',
    '/uploads/mijn%20foto.jpg',
    '/uploads/mijn foto.jpg',
    '/uploads/foto.jpg?v=2',
    '/uploads/foto%2Ejpg',
    '/logo.svg',
  ])('is accepted when it leads to an image in public/: %s', (src) => {
    expect(check(src)).toBeUndefined();
  });

  it.each([
    // Relative paths: Astro would look beside the content file, or anywhere "../" leads, and copy it into dist/.
    ['./foto.jpg', 'moet beginnen met een /'],
    ['foto.jpg', 'moet beginnen met een /'],
    ['../../../../etc/passwd.png', 'moet beginnen met een /'],
    ['uploads/foto.jpg', 'moet beginnen met een /'],
    // Climbing out of public/.
    ['/uploads/../../package.json', 'wijst naar een plek buiten de map public/'],
    ['/uploads/../foto.jpg', 'wijst naar een plek buiten de map public/'],
    ['/uploads/%2e%2e/%2E%2E/package.json', 'wijst naar een plek buiten de map public/'],
    ['/uploads/..%2f..%2fgeheim.jpg', 'wijst naar een plek buiten de map public/'],
    ['/uploads/./foto.jpg', 'wijst naar een plek buiten de map public/'],
    ['/uploads//foto.jpg', 'wijst naar een plek buiten de map public/'],
    ['/uploads/link.jpg', 'wijst naar een plek buiten de map public/'],
    // Other hosts: a browser reads "/\host" and "\\host" as "//host".
    ['//evil.example/foto.jpg', 'staat op een andere website'],
    ['https://evil.example/foto.jpg', 'staat op een andere website'],
    ['http:foto.jpg', 'staat op een andere website'],
    ['/\\evil.example/foto.jpg', 'bevat een \\'],
    ['\\\\evil.example\\foto.jpg', 'bevat een \\'],
    ['/uploads\\foto.jpg', 'bevat een \\'],
    ['/uploads/%5C..%5Cfoto.jpg', 'bevat een \\'],
    // Absolute file system paths and other schemes.
    ['C:\\Users\\foto.jpg', 'bevat een \\'],
    ['C:/Users/foto.jpg', 'is geen pad naar een afbeelding'],
    ['file:///etc/passwd', 'staat op een andere website'],
    ['data:image/png;base64,iVBORw0KGgo=', 'is geen pad naar een afbeelding'],
    ['mailto:jan@school.example', 'is geen pad naar een afbeelding'],
    ['/etc/passwd', 'is geen afbeelding: de naam moet eindigen op'],
    ['/etc/hosts.png', 'staat niet in de map public/'],
    [`${projectRoot}tests/fixtures/images/klaslokaal.png`, 'staat niet in de map public/'],
    // Typos, capitals, folders and hidden characters.
    ['/uploads/bestaat-niet.jpg', 'staat niet in de map public/. Kijk of de naam goed gespeld is, ook hoofdletters'],
    ['/uploads/Foto.jpg', 'staat niet in de map public/'],
    ['/uploads/map/klas.png', 'staat niet in de map public/'],
    ['/uploads/map.jpg', 'staat niet in de map public/'],
    ['/uploads/', 'is geen afbeelding'],
    ['/uploads/foto.jpg\n', 'bevat een onzichtbaar teken'],
    ['/uploads/foto%0A.jpg', 'bevat een onzichtbaar teken'],
    ['/uploads/%zz.jpg', 'heeft een % die niet klopt'],
    ['/uploads/notities.txt', 'is geen afbeelding'],
  ])('is refused: %s', (src, expected) => {
    expect(check(src)).toContain(expected);
  });
});

describe('the images in a body', () => {
  it('are found inline, by reference (on the line of the definition) and as <img> in MDX, each with its line', () => {
    const markdown = [
      '## Kop', // 1
      '', // 2
      'Tekst ![a](/uploads/a.jpg) en [een link](/uploads/geen-foto.pdf).', // 3
      '', // 4
      '![b][foto-b]', // 5
      '', // 6
      '```', // 7
      '![niet](/in/code.jpg)', // 8
      '```', // 9
      '', // 10
      '<img src="/ruwe-html-wordt-tekst.jpg">', // 11
      '', // 12
      '[foto-b]: /uploads/b.jpg', // 13
    ].join('\n');
    expect(bodyImagePaths(markdown, 'md')).toEqual([
      { src: '/uploads/a.jpg', line: 3 },
      { src: '/uploads/b.jpg', line: 13 },
    ]);
    expect(
      bodyImagePaths(
        'Tekst\n\n<img src="/uploads/c.jpg" alt="c" />\n\n<Tip>![d](/uploads/d.jpg)</Tip>\n\n<img src={foto} />\n\n<picture><source srcSet="/uploads/e.webp 1x, //evil.example/f.webp 2x" /></picture>\n',
        'mdx',
      ),
    ).toEqual([
      { src: '/uploads/c.jpg', line: 3 },
      { src: '/uploads/d.jpg', line: 5 },
      { src: '/uploads/e.webp', line: 9 },
      { src: '//evil.example/f.webp', line: 9 },
    ]);
  });

  it('are left to the build when MDX does not parse (it names file and line itself)', () => {
    expect(bodyImagePaths('<Tip>\n\n{ kapot', 'mdx')).toBeUndefined();
  });
});

describe('the content check of image paths', () => {
  const lesson = (body: string) =>
    `---\ntitle: Een les met foto's\nsummary: Een les met foto's in de tekst, om de paden te controleren.\ndate: 2026-05-01\nregions: [duinrand]\ntopics: [autisme]\nauthors: [ans-testers]\n---\n${body}`;
  const errorsIn = (content: Record<string, string>) => {
    const withContent = uploadSite('unit-image-path-content', { uploads: { 'foto.jpg': photoBytes.jpeg }, content });
    return checkContent(withContent.contentDir, withContent.publicDir)
      .problems.filter((problem) => problem.severity === 'error')
      .map(formatProblem);
  };

  it('accepts images that are there, in fields and in the body', () => {
    expect(
      errorsIn({
        'lessons/met-foto.md': lesson('![Een klas](/uploads/foto.jpg)\n'),
        'prototypes/met-foto.md': readPrototype().replace('updated: 2026-03-01', 'updated: 2026-03-01\ncover:\n  src: /uploads/foto.jpg\n  alt: Een klas'),
      }),
    ).toEqual([]);
  });

  it('names file and line for a body image, file and field for an image field', () => {
    expect(
      errorsIn({
        'lessons/met-fotos.md': lesson('Tekst.\n\n![a](/uploads/foto.jpg)\n\n![b](//evil.example/b.jpg)\n\n![c](/uploads/../../../package.json)\n\n![d](javascript:alert(1))\n'),
        'prototypes/met-foto.md': readPrototype().replace('updated: 2026-03-01', 'updated: 2026-03-01\ncover:\n  src: /\\evil.example/foto.jpg\n  alt: Een klas'),
      }),
    ).toEqual([
      'content/prototypes/met-foto.md: veld "cover.src": het pad van de afbeelding ("/\\evil.example/foto.jpg") bevat een \\. Schrijf / tussen mappen, zoals /uploads/foto.jpg.',
      'content/lessons/met-fotos.md, regel 13: de afbeelding staat op een andere website ("//evil.example/b.jpg"). De site laadt niets van andere servers (privacy van bezoekers): zet de afbeelding in public/uploads/ en verwijs ernaar met /uploads/naam.jpg.',
      'content/lessons/met-fotos.md, regel 15: het pad van de afbeelding ("/uploads/../../../package.json") wijst naar een plek buiten de map public/ (door "..", "//" of een snelkoppeling). Verwijs naar een afbeelding in public/uploads/, zoals /uploads/foto.jpg.',
    ]);
  });
});

function readPrototype(): string {
  return `---
title: Een voorbeeld met een foto
summary: Een goed voorbeeld met een foto, om de paden van afbeeldingen te controleren.
regions: [duinrand]
schoolTypes: [po]
topics: [autisme]
focusAreas: [regie-leerkracht]
status: idee
contacts: [ans-testers]
updated: 2026-03-01
---
Tekst.
`;
}
