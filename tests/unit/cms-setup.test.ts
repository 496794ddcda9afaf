/**
 * The admin setup module (src/cms/client/), outside the browser: the image
 * rule Decap runs before every save, the preview it shows beside the form,
 * and how the page hands the build's input to the module. The real browser
 * runs them in tests/browser/cms.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adminPage, adminPageHtml, cmsSetupInput } from '../../src/cms/admin-files.ts';
import type { CreateElement, ImmutableMap } from '../../src/cms/client/decap.ts';
import { checkImageFields, imageWithoutAltMessage } from '../../src/cms/client/image-alt-rule.ts';
import { mergePhrases, phraseOverrides, type Phrases } from '../../src/cms/client/dutch-phrases.ts';
import { renderPreview } from '../../src/cms/client/preview.ts';
import { withUpdatedToday } from '../../src/cms/client/updated-on-save.ts';
import { cmsSetupInputId, readSetupInput, serialiseSetupInput } from '../../src/cms/client/setup-input.ts';
import site from '../../src/site.config.ts';

/** A small stand-in for the Immutable.js maps Decap passes: same methods, never changed in place. */
class FakeMap implements ImmutableMap {
  private readonly entries: Map<string, unknown>;
  constructor(values: Record<string, unknown>) {
    this.entries = new Map(Object.entries(values));
  }
  get(key: string) {
    return this.entries.get(key);
  }
  has(key: string) {
    return this.entries.has(key);
  }
  delete(key: string) {
    const copy = new FakeMap(Object.fromEntries(this.entries));
    copy.entries.delete(key);
    return copy;
  }
  set(key: string, value: unknown) {
    const copy = new FakeMap(Object.fromEntries(this.entries));
    copy.entries.set(key, value);
    return copy;
  }
  forEach(visit: (value: unknown, key: string) => void) {
    this.entries.forEach((value, key) => visit(value, key));
  }
  keys() {
    return [...this.entries.keys()];
  }
}

describe('the image rule on save', () => {
  it('drops an image field that was left empty, and keeps every other field', () => {
    const data = new FakeMap({ name: 'Tom Hendriks', photo: new FakeMap({ src: '', alt: ' ' }), draft: false });
    const saved = checkImageFields(data) as FakeMap;
    expect(saved.keys()).toEqual(['name', 'draft']);
    expect(data.has('photo')).toBe(true);
  });

  it('refuses an image without alt text, with the Dutch message the editor sees', () => {
    const data = new FakeMap({ photo: new FakeMap({ src: '/uploads/klaslokaal.png', alt: '   ' }) });
    expect(() => checkImageFields(data)).toThrow(imageWithoutAltMessage);
    expect(imageWithoutAltMessage).toMatch(/beschrijving nodig \(alt-tekst\)/);
  });

  it('saves an image with alt text unchanged', () => {
    const photo = new FakeMap({ src: '/uploads/klaslokaal.png', alt: 'Een leeg klaslokaal' });
    const saved = checkImageFields(new FakeMap({ photo })) as FakeMap;
    expect(saved.get('photo')).toBe(photo);
  });

  it('leaves maps that are not images alone', () => {
    const contact = new FakeMap({ email: 'a@example.nl', preferred: 'email' });
    const saved = checkImageFields(new FakeMap({ contact, title: 'Titel' })) as FakeMap;
    expect(saved.keys()).toEqual(['contact', 'title']);
  });
});

/** React.createElement's shape, as plain data. */
const h: CreateElement = (type, props, ...children) => ({ type, props, children });
const entry = (data: Record<string, unknown>) => new FakeMap({ data: new FakeMap(data) });

describe('the preview beside the form', () => {
  it('shows the kind, the title, the summary and the body as the page starts', () => {
    const preview = renderPreview(h, 'Les', {
      entry: entry({ title: 'Ouders aan tafel', summary: 'Wat we leerden van ouderavonden.' }),
      widgetFor: (field) => `[${field}]`,
    });
    expect(preview).toEqual({
      type: 'div',
      props: { className: 'wrapper stack preview' },
      children: [
        { type: 'p', props: { className: 'card__kind' }, children: ['Les'] },
        { type: 'h1', props: {}, children: ['Ouders aan tafel'] },
        { type: 'p', props: { className: 'lead' }, children: ['Wat we leerden van ouderavonden.'] },
        { type: 'div', props: { className: 'prose' }, children: ['[body]'] },
      ],
    });
  });

  it("shows a person's name, and role and organisation as the lead", () => {
    const preview = renderPreview(h, 'Wie weet wat', {
      entry: entry({ name: 'Sanne Dekker', role: 'Intern begeleider', organisation: 'De Kleine Prins' }),
      widgetFor: () => null,
    }) as { children: Array<{ children: unknown[] }> };
    expect(preview.children[1]!.children).toEqual(['Sanne Dekker']);
    expect(preview.children[2]!.children).toEqual(['Intern begeleider, De Kleine Prins']);
  });

  it('puts what an editor typed in text children only, never in HTML properties', () => {
    const typed = '<img src=x onerror=alert(1)>';
    const preview = renderPreview(h, 'Les', { entry: entry({ title: typed, summary: typed }), widgetFor: () => null });
    expect(JSON.stringify(preview)).not.toContain('dangerouslySetInnerHTML');
    const { children } = preview as { children: Array<{ children: unknown[] } | null> };
    expect(children[1]!.children).toEqual([typed]);
  });

  it('leaves the lead out when there is none', () => {
    const preview = renderPreview(h, 'Les', { entry: entry({ title: 'Alleen een titel' }), widgetFor: () => null });
    expect((preview as { children: unknown[] }).children[2]).toBeNull();
  });
});

describe('the input from the build', () => {
  it('reaches the setup module unchanged, and cannot end its <script> element early', () => {
    const input = { previewStyles: ['/theme.css'], previewKinds: { lessons: 'Les </script><script>alert(1)</script>' } };
    const json = serialiseSetupInput(input);
    expect(json).not.toContain('</script>');
    const document = { getElementById: (id: string) => (id === cmsSetupInputId ? { textContent: json } : null) } as unknown as Document;
    expect(readSetupInput(document)).toEqual(input);
  });

  it('gives the previews the site styles with the base path, and a kind for each entry collection', () => {
    const input = cmsSetupInput(site);
    expect(input.previewStyles).toEqual([`${site.basePath}theme.css`, `${site.basePath}admin/preview.css`]);
    expect(Object.keys(input.previewKinds).sort()).toEqual(['experts', 'lessons', 'parent-routes', 'prototypes']);
  });
});

describe('the admin page in the dev server', () => {
  it('loads decap-cms.js first, then the setup module served by Vite, with the same head and body as the built page', () => {
    const html = adminPageHtml(site, '/src/cms/client/setup.ts');
    const { head, body } = adminPage(site);
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain(head);
    expect(html).toContain(body);
    const decap = html.indexOf(`<script src="${site.basePath}admin/decap-cms.js"></script>`);
    const setup = html.indexOf('<script type="module" src="/src/cms/client/setup.ts"></script>');
    expect(decap).toBeGreaterThan(0);
    expect(setup).toBeGreaterThan(decap);
  });
});

describe('the CMS’s own phrases in Dutch', () => {
  it('replaces only phrases that Decap has, in its English phrase book', async () => {
    const english = (await import('decap-cms-locales/dist/esm/en/index.js' as string)).default as Phrases;
    const paths = (phrases: Phrases, prefix = ''): string[] =>
      Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'object' ? paths(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
    const known = new Set(paths(english));
    expect(paths(phraseOverrides).filter((path) => !known.has(path))).toEqual([]);
  });

  it('fills the screen-reader texts Decap’s Dutch leaves in English, and says a required field in a sentence', async () => {
    const dutch = (await import('decap-cms-locales/dist/esm/nl/index.js' as string)).default as Phrases;
    const merged = mergePhrases(dutch, phraseOverrides) as any;
    expect(merged.editor.editorWidgets.datetime.setToNow).toBe('Vul de datum van vandaag in');
    expect(merged.editor.editorWidgets.object.collapse).toBe('Inklappen');
    expect(merged.editor.editorControlPane.widget.required).toBe('Vul "%{fieldLabel}" in.');
    // Decap's own Dutch stays where nothing replaces it.
    expect(merged.auth.login).toBe('Inloggen');
    expect((dutch as any).editor.editorControlPane.widget.required).toBe('%{fieldLabel} is vereist.');
  });
});

describe('updated on save', () => {
  it('sets a lesson’s and a prototype’s "updated" to the local day, and leaves profiles alone', () => {
    const now = new Date(2026, 2, 14, 23, 30);
    const lesson = withUpdatedToday('lessons', new FakeMap({ title: 'Les', updated: '2025-01-01' }), now);
    expect(lesson.get('updated')).toBe('2026-03-14');
    expect(withUpdatedToday('prototypes', new FakeMap({}), now).get('updated')).toBe('2026-03-14');
    expect(withUpdatedToday('experts', new FakeMap({ name: 'Ans' }), now).has('updated')).toBe(false);
  });
});
