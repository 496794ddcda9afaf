/**
 * Only photos in public/uploads/: checked by their first bytes, with a
 * matching extension, no markup hidden behind a photo header, in subfolders
 * too, and no symbolic links anywhere in public/. Every refusal names the
 * file in Dutch, through the content check as an editor sees it.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { hiddenMarkup, photoKindOf, uploadedFileProblem, uploadProblems } from '../../src/content-check/uploads.ts';
import { photoBytes, uploadSite } from '../helpers/upload-fixture.ts';
import { projectRoot, publicDir } from '../helpers/paths.ts';

const notAPhoto = 'is geen foto (PNG, JPEG, GIF, WebP of AVIF)';
const text = (value: string) => Buffer.from(value, 'latin1');
const withTail = (photo: Buffer, tail: string) => Buffer.concat([photo, Buffer.alloc(64, 0x11), text(tail)]);

describe('recognising a photo by its first bytes', () => {
  it.each([
    ['png', photoBytes.png],
    ['jpeg', photoBytes.jpeg],
    ['gif', photoBytes.gif87],
    ['gif', photoBytes.gif89],
    ['webp', photoBytes.webp],
    ['avif', photoBytes.avif],
  ] as const)('knows a %s photo', (kind, bytes) => {
    expect(photoKindOf(bytes)).toBe(kind);
  });

  it.each([
    ['an SVG drawing', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an HTML page', text('<!doctype html><script>alert(1)</script>')],
    ['a PDF', text('%PDF-1.7\n')],
    ['an empty file', Buffer.alloc(0)],
    ['a HEIC photo', text('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic')],
    ['a PNG signature cut short', photoBytes.png.subarray(0, 6)],
    ['a RIFF file that is not WebP', text('RIFF\x1a\x00\x00\x00WAVEfmt ')],
    ['GIF letters with the wrong version', text('GIF88a\x01\x00')],
  ])('does not take %s for a photo', (_name, bytes) => {
    expect(photoKindOf(bytes)).toBeUndefined();
  });
});

describe('a file in public/uploads/', () => {
  it.each([
    ['foto.png', photoBytes.png],
    ['foto.jpg', photoBytes.jpeg],
    ['foto.jpeg', photoBytes.jpeg],
    ['FOTO.JPG', photoBytes.jpeg],
    ['foto.gif', photoBytes.gif89],
    ['foto.webp', photoBytes.webp],
    ['foto.avif', photoBytes.avif],
    ['.gitkeep', Buffer.alloc(0)],
  ])('is accepted as %s', (name, bytes) => {
    expect(uploadedFileProblem(name, bytes)).toBeUndefined();
  });

  it.each([
    ['tekening.svg', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), `${notAPhoto}, maar een SVG-tekening`],
    ['tekening.svg', text('<?xml version="1.0"?>\n<!-- tekening -->\n<svg>\n<script>alert(1)</script></svg>'), `${notAPhoto}, maar een SVG-tekening`],
    ['pagina.html', text('<!DOCTYPE html>\n<html><script>alert(1)</script></html>'), `${notAPhoto}, maar een webpagina (HTML)`],
    ['script.js', text("fetch('/admin/');\n"), `${notAPhoto}, maar een tekstbestand (zoals code)`],
    ['notities.txt', text('Een lijst met namen\n'), `${notAPhoto}, maar een tekstbestand (zoals code)`],
    ['folder.pdf', text('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), `${notAPhoto}, maar een PDF`],
    ['IMG_0001.heic', text('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic'), `${notAPhoto}, maar een HEIC-foto (van een iPhone)`],
    ['leeg.jpg', Buffer.alloc(0), `${notAPhoto}, maar een leeg bestand`],
    ['foto.jpg', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x00]), `${notAPhoto}. In public/uploads/`],
    ['.gitkeep', text('x'), `${notAPhoto}, maar een tekstbestand`],
  ])('is refused as %s when it is not a photo, saying what it is', (name, bytes, expected) => {
    expect(uploadedFileProblem(name, bytes)).toContain(expected);
  });

  it('is refused when its extension does not match its content, such as a PNG named .jpg', () => {
    expect(uploadedFileProblem('foto.jpg', photoBytes.png)).toBe(
      'is een PNG-foto, maar de naam eindigt op ".jpg". Geef het bestand een naam die eindigt op ".png", en pas de verwijzingen ernaar aan.',
    );
    expect(uploadedFileProblem('foto.png', photoBytes.jpeg)).toContain('Geef het bestand een naam die eindigt op ".jpg" of ".jpeg"');
    expect(uploadedFileProblem('foto.html', photoBytes.gif89)).toContain('is een GIF-foto, maar de naam eindigt op ".html"');
    expect(uploadedFileProblem('foto.svg', photoBytes.png)).toContain('de naam eindigt op ".svg"');
    expect(uploadedFileProblem('foto', photoBytes.png)).toContain('de naam heeft geen extensie');
  });

  it.each([
    ['a GIF header followed by a script', 'foto.gif', withTail(photoBytes.gif89, '<script>alert(1)</script>'), '<script'],
    ['a GIF header followed by an HTML page', 'foto.gif', withTail(photoBytes.gif89, '<HTML><BODY onload=alert(1)>'), '<html'],
    ['a JPEG with an SVG in its comment', 'foto.jpg', withTail(photoBytes.jpeg, '<svg/onload=alert(1)>'), '<svg'],
    ['a PNG with an iframe in a text chunk', 'foto.png', withTail(photoBytes.png, 'tEXtComment\x00<iframe src=/admin/>'), '<iframe'],
    ['a WebP with a doctype after the image data', 'foto.webp', withTail(photoBytes.webp, '<!DOCTYPE html>'), '<!doctype'],
  ])('is refused when it hides markup after a photo header (%s)', (_name, name, bytes, marker) => {
    expect(hiddenMarkup(bytes)).toBe(marker);
    expect(uploadedFileProblem(name, bytes)).toMatch(new RegExp(`^begint als een (GIF|JPEG|PNG|WebP)-foto, maar bevat ook code \\("${marker}"\\)`));
  });

  it('is accepted with XMP metadata, whose XML never holds page markup', () => {
    const xmp = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
    expect(uploadedFileProblem('foto.jpg', withTail(photoBytes.jpeg, xmp))).toBeUndefined();
  });

  it('is accepted when it is the real test photo', () => {
    expect(uploadedFileProblem('klaslokaal.png', readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'images', 'klaslokaal.png')))).toBeUndefined();
  });
});

describe('the check of public/', () => {
  it('finds nothing wrong in the project itself (no uploads folder is fine too)', () => {
    expect(uploadProblems(publicDir)).toEqual([]);
    expect(uploadProblems(path.join(projectRoot, 'bestaat-niet'))).toEqual([]);
  });

  it('checks every file under public/uploads/, subfolders too, and names each one', () => {
    const site = uploadSite('unit-mixed', {
      fixtureFolders: ['good', 'bad'],
      uploads: { 'fotos/2026/diep/pagina.html': '<html><script>alert(1)</script></html>', 'fotos/oud.gif': withTail(photoBytes.gif89, '<script>x</script>') },
    });
    expect(uploadProblems(site.publicDir).map((problem) => `${problem.file}: ${problem.message.split('. ')[0]}`)).toEqual([
      'public/uploads/fotos/2026/diep/pagina.html: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een webpagina (HTML)',
      'public/uploads/fotos/oud.gif: begint als een GIF-foto, maar bevat ook code ("<script")',
      'public/uploads/notities.txt: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een tekstbestand (zoals code)',
      'public/uploads/pagina.html: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een webpagina (HTML)',
      'public/uploads/script.js: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een tekstbestand (zoals code)',
      'public/uploads/tekening.svg: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een SVG-tekening',
    ]);
  });

  it('leaves files outside uploads alone, such as the logo, an SVG the developers put there', () => {
    const site = uploadSite('unit-logo', { fixtureFolders: ['good'] });
    expect(uploadProblems(site.publicDir)).toEqual([]);
  });

  it('refuses symbolic links in uploads and anywhere else in public/, without following them', () => {
    const site = uploadSite('unit-links', { fixtureFolders: ['good'] });
    const outside = path.join(site.root, 'geheim.png');
    writeFileSync(outside, photoBytes.png);
    symlinkSync(outside, path.join(site.publicDir, 'uploads', 'link.png'));
    symlinkSync(path.join(projectRoot, 'package.json'), path.join(site.publicDir, 'package.json'));
    mkdirSync(path.join(site.root, 'map-buiten'));
    symlinkSync(path.join(site.root, 'map-buiten'), path.join(site.publicDir, 'uploads', 'map'));
    expect(uploadProblems(site.publicDir).map((problem) => problem.file)).toEqual([
      'public/package.json',
      'public/uploads/link.png',
      'public/uploads/map',
    ]);
    expect(uploadProblems(site.publicDir)[0].message).toMatch(/^is een snelkoppeling \(symbolische link\)\. Bij het bouwen komt het bestand waar die naar wijst op de site/);
  });

  it('refuses public/uploads itself when it is a symbolic link', () => {
    const site = uploadSite('unit-linked-folder');
    const elsewhere = path.join(site.root, 'elders');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'foto.png'), photoBytes.png);
    const uploads = path.join(site.publicDir, 'uploads');
    rmSync(uploads, { recursive: true });
    symlinkSync(elsewhere, uploads);
    expect(uploadProblems(site.publicDir).map((problem) => problem.file)).toEqual(['public/uploads']);
  });

  it('is part of the content check, which names the file in Dutch and fails', () => {
    const site = uploadSite('unit-content-check', { fixtureFolders: ['bad'] });
    const errors = checkContent(site.contentDir, site.publicDir).problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toContain(
      "public/uploads/tekening.svg: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een SVG-tekening. In public/uploads/ mogen alleen foto's staan: andere bestanden, zoals SVG, HTML of JavaScript, kunnen code bevatten die op de site wordt uitgevoerd. Haal het bestand weg, of sla het op als JPEG of PNG en upload het opnieuw.",
    );
    expect(errors.filter((error) => error.startsWith('public/uploads/'))).toHaveLength(4);
  });
});
