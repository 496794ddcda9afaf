/**
 * `npm run check:content` as an editor runs it: errors (the privacy guard
 * among them) fail the check with file and line; the content health report
 * is listed as well, but never fails it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { contentDir, fixturesDir, projectRoot } from '../helpers/paths.ts';
import { uploadSite } from '../helpers/upload-fixture.ts';

function checkContent(folder: string) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'check-content.ts')], {
    cwd: projectRoot,
    env: { ...process.env, LEERNETWERK_CONTENT_DIR: folder, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check:content', () => {
  it('passes on the sample content and lists its health', () => {
    const { code, output } = checkContent(contentDir);
    expect(code, output).toBe(0);
    expect(output).toMatch(/Inhoud in orde: \d+ bestanden gecontroleerd/);
    expect(output).toContain('Gezondheid van de inhoud');
  });

  it('lists old profiles, unlinked profiles and empty topics and werkgebieden as warnings, and still passes', () => {
    const { code, output } = checkContent(path.join(fixturesDir, 'valid'));
    expect(code, output).toBe(0);
    expect(output).toContain('Profielen die lang niet zijn gecontroleerd (1):\n  - valid/experts/bert-de-oude.md: laatst gecontroleerd op 1 mei 2024');
    expect(output).toContain('Profielen met verlopen toestemming (1):\n  - valid/experts/bert-de-oude.md: toestemming gegeven op 10 januari 2023');
    expect(output).toContain('Profielen waar niets naar verwijst (1):\n  - valid/experts/bert-de-oude.md');
    expect(output).toContain("Thema's zonder voorbeelden of lessen (1):\n  - valid/topics/gedrag.yaml");
    expect(output).toContain('Werkgebieden zonder voorbeelden of lessen (1):\n  - valid/regions/polder.yaml');
  });

  it('lists a prototype without lessons', () => {
    const { code, output } = checkContent(contentWithCase('prototype-without-lessons', 'health'));
    expect(code, output).toBe(0);
    expect(output).toContain('Goede voorbeelden zonder lessen (1):\n  - content/prototypes/nog-zonder-lessen.md: heeft nog geen lessen.');
  });

  it.each([
    ['phone-in-lesson', 'Fout: content/lessons/met-telefoonnummer.md, regel 15: bevat iets dat lijkt op een telefoonnummer'],
    ['email-in-summary', 'Fout: content/prototypes/met-e-mailadres.md, regel 5: veld "summary": bevat iets dat lijkt op een e-mailadres'],
    ['bsn-in-lesson', 'Fout: content/lessons/met-bsn.md, regel 11: bevat iets dat lijkt op een burgerservicenummer (BSN)'],
  ])('fails on personal data (%s), naming file and line', (caseName, expected) => {
    const { code, output } = checkContent(contentWithCase(caseName));
    expect(code).toBe(1);
    expect(output).toContain(expected);
    expect(output).toContain('1 fout in de inhoud. Herstel ze en probeer het opnieuw.');
  });

  it('fails on files in public/uploads/ that are not photos, naming each file in Dutch without a stack trace', () => {
    const site = uploadSite('check-content-bad-uploads', { fixtureFolders: ['good', 'bad'] });
    const { code, output } = checkContent(site.contentDir);
    expect(code).toBe(1);
    for (const file of ['notities.txt', 'pagina.html', 'script.js', 'tekening.svg']) {
      expect(output).toContain(`Fout: public/uploads/${file}: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een `);
    }
    expect(output).toContain('4 fouten in de inhoud. Herstel ze en probeer het opnieuw.');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
