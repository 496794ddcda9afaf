/**
 * The CMS form and the zod schemas must agree. Each test fills entries in
 * through the CMS's own field set and asks the real schema what it thinks,
 * so a field added, renamed or made required in one place shows up here.
 */
import { describe, expect, it } from 'vitest';
import { decapCollection } from '../../src/cms/collections.ts';
import { checkEntryBeforeSave } from '../../src/cms/client/save-check.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import { collectionNames, fileSchema, type CollectionName } from '../../src/schemas/index.ts';
import site from '../../src/site.config.ts';

type Field = Record<string, any> & { name: string; widget: string };

const fieldsOf = (collection: CollectionName) =>
  (decapCollection(collection).fields as Field[]).filter((field) => field.name !== 'body');

/** A valid value for one CMS field, made only from what the CMS field says. */
function valueFor(field: Field): unknown {
  const one = (() => {
    switch (field.widget) {
      case 'string':
      case 'text': {
        const min = Number(/\{(\d+),/.exec(field.pattern?.[0] ?? '')?.[1] ?? 3);
        return 'a'.repeat(Math.max(min, 3));
      }
      case 'select':
        return field.options[0].value;
      case 'relation':
        return 'een-bestaand-id';
      case 'datetime':
        return '2026-01-15';
      case 'boolean':
        return false;
      case 'image':
        return '/uploads/foto.jpg';
      case 'object':
        return Object.fromEntries((field.fields as Field[]).map((inner) => [inner.name, valueFor(inner)]));
      case 'list':
        // A list of texts has one `field`; a list of groups (a route's steps) has `fields`, like an object.
        return field.fields ? Array.from({ length: field.min ?? 1 }, () => valueFor({ ...field, widget: 'object' })) : [valueFor(field.field)];
      default:
        throw new Error(`no test value for widget ${field.widget}`);
    }
  })();
  return field.multiple ? [one] : one;
}

function completeEntry(collection: CollectionName): Record<string, unknown> {
  const entry = Object.fromEntries(fieldsOf(collection).map((field) => [field.name, valueFor(field)]));
  // An expert's contact must name a channel that is filled in; the form offers both.
  if (collection === 'experts') entry.contact = { email: 'iemand@school.example', preferred: 'email' };
  return entry;
}

const accepts = (collection: CollectionName, entry: unknown) => fileSchema(collection).safeParse(entry).success;

describe.each(collectionNames)('the CMS form for %s', (collection) => {
  it('covers every schema field, and no other', () => {
    const schemaFields = Object.keys(fileSchema(collection).shape).sort();
    expect(fieldsOf(collection).map((field) => field.name).sort()).toEqual(schemaFields);
  });

  it('makes an entry the schema accepts when every field is filled in', () => {
    const result = fileSchema(collection).safeParse(completeEntry(collection));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('marks exactly the fields as required that the schema cannot do without', () => {
    // A choice that needs at least one value is not `required` for Decap but has `min`: the save check names it ("Kies minstens één thema").
    for (const field of fieldsOf(collection)) {
      // A choice with a default (a profile's "voor wie") may be left out: the default fills it.
      const needed = field.required || ((field.min ?? 0) > 0 && field.default === undefined);
      const { [field.name]: _left, ...withoutField } = completeEntry(collection);
      expect(accepts(collection, withoutField), `field "${field.name}" (required in CMS: ${needed})`).toBe(!needed);
    }
  });

  it('leaves no choice that needs a value to Decap\'s "is vereist", and the save check says what to pick', () => {
    for (const field of fieldsOf(collection).filter((field) => field.multiple && (field.min ?? 0) > 0)) {
      expect(field.required, field.name).toBe(false);
      const withoutField = { ...completeEntry(collection), [field.name]: [] };
      const messages = checkEntryBeforeSave(collection, withoutField, '## Tekst\n\nGenoeg tekst.');
      expect(messages.some((message) => /^Kies minstens één [a-z]+\.$/.test(message)), `${field.name}: ${messages.join(' | ')}`).toBe(true);
    }
  });

  it('offers exactly the options the schema allows in each select', () => {
    for (const field of fieldsOf(collection).filter((field) => field.widget === 'select')) {
      for (const option of field.options as Array<{ value: string }>) {
        expect(accepts(collection, { ...completeEntry(collection), [field.name]: field.multiple ? [option.value] : option.value })).toBe(true);
      }
      const outside = field.multiple ? ['niet-bestaand'] : 'niet-bestaand';
      expect(accepts(collection, { ...completeEntry(collection), [field.name]: outside }), field.name).toBe(false);
    }
  });

  it('uses the schema’s length limits for texts', () => {
    for (const field of fieldsOf(collection).filter((field) => field.pattern)) {
      const [, min, max] = /\{(\d+),(\d*)\}/.exec(field.pattern[0])!;
      if (Number(min) > 1) {
        expect(accepts(collection, { ...completeEntry(collection), [field.name]: 'a'.repeat(Number(min) - 1) }), `${field.name} too short`).toBe(false);
      }
      if (max) {
        expect(accepts(collection, { ...completeEntry(collection), [field.name]: 'a'.repeat(Number(max)) }), `${field.name} longest`).toBe(true);
        expect(accepts(collection, { ...completeEntry(collection), [field.name]: 'a'.repeat(Number(max) + 1) }), `${field.name} too long`).toBe(false);
      }
    }
  });

  it('gives a text a length rule whenever the schema limits its length', () => {
    // Without this, a form that lost all its length rules would pass the test above unchecked.
    for (const field of fieldsOf(collection).filter((field) => (field.widget === 'string' || field.widget === 'text') && !field.pattern)) {
      expect(accepts(collection, { ...completeEntry(collection), [field.name]: 'a' }), `${field.name} one letter`).toBe(true);
      expect(accepts(collection, { ...completeEntry(collection), [field.name]: 'a'.repeat(5000) }), `${field.name} 5000 letters`).toBe(true);
    }
  });

  it('stores a list where the schema reads a list, and one value where it reads one', () => {
    for (const field of fieldsOf(collection).filter((field) => field.widget === 'relation' || field.widget === 'list' || field.multiple)) {
      const isList = Boolean(field.multiple || field.widget === 'list');
      const stored = valueFor(field);
      const item = isList ? (stored as unknown[])[0] : stored;
      const withValue = (value: unknown) => ({ ...completeEntry(collection), [field.name]: value });
      expect(accepts(collection, withValue(stored)), `${field.name} as the form stores it`).toBe(true);
      expect(accepts(collection, withValue(isList ? item : [item])), `${field.name} the other way round`).toBe(false);
      if (isList) expect(accepts(collection, withValue([])), `${field.name} empty (form minimum: ${field.min})`).toBe(!field.min);
    }
  });
});

describe('the CMS configuration', () => {
  it('writes plain Markdown (.md) for lessons, prototypes and profiles, and YAML for data, into content/', () => {
    const config = cmsConfig({ site, mode: 'production' });
    const files = Object.fromEntries(
      (config.collections as Array<Record<string, any>>).map((collection) => [collection.name, [collection.folder, collection.format, collection.extension]]),
    );
    expect(files).toEqual({
      lessons: ['content/lessons', 'frontmatter', 'md'],
      prototypes: ['content/prototypes', 'frontmatter', 'md'],
      experts: ['content/experts', 'frontmatter', 'md'],
      regions: ['content/regions', 'yaml', 'yaml'],
      topics: ['content/topics', 'yaml', 'yaml'],
      'network-groups': ['content/network-groups', 'yaml', 'yaml'],
      'parent-routes': ['content/parent-routes', 'frontmatter', 'md'],
      glossary: ['content/glossary', 'yaml', 'yaml'],
    });
  });

  it('is Dutch, and saves through the git host with the editorial workflow in production', () => {
    const config = cmsConfig({ site, mode: 'production' });
    expect(config.locale).toBe('nl');
    expect(config.backend).toMatchObject({ name: 'github', repo: site.cms.repo, base_url: site.cms.baseUrl });
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow' });
    expect(config).not.toHaveProperty('local_backend');
  });

  it('saves through decap-server on one’s own machine', () => {
    const config = cmsConfig({ site, mode: 'local', localBackendUrl: 'http://127.0.0.1:9999/api/v1' });
    expect(config).toMatchObject({ local_backend: { url: 'http://127.0.0.1:9999/api/v1' } });
    expect(config).not.toHaveProperty('publish_mode');
  });

  it('supports GitLab and Gitea from the environment, Gitea without editorial workflow', () => {
    const gitlab = cmsConfig({ site, mode: 'production', env: { LEERNETWERK_CMS_BACKEND: 'gitlab', LEERNETWERK_CMS_APP_ID: 'abc' } });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
    expect(gitlab).toMatchObject({ publish_mode: 'editorial_workflow' });
    const gitea = cmsConfig({
      site,
      mode: 'production',
      env: {
        LEERNETWERK_CMS_BACKEND: 'gitea',
        LEERNETWERK_CMS_APP_ID: 'abc',
        LEERNETWERK_CMS_BASE_URL: 'https://git.example.nl',
        LEERNETWERK_CMS_API_ROOT: 'https://git.example.nl/api/v1',
      },
    });
    expect(gitea.backend).toMatchObject({ name: 'gitea', api_root: 'https://git.example.nl/api/v1' });
    expect(gitea).not.toHaveProperty('publish_mode');
  });

  it('says in plain Dutch what is missing for a backend', () => {
    expect(() => cmsConfig({ site, mode: 'production', env: { LEERNETWERK_CMS_BACKEND: 'gitea' } })).toThrow(
      /cms\.appId: ontbreekt: Gitea heeft de id van een OAuth-applicatie nodig/,
    );
  });

  it('starts lessons and prototypes with the section headings of the content model', () => {
    const body = (collection: CollectionName) => (decapCollection(collection).fields as Field[]).find((field) => field.name === 'body')!;
    expect(body('lessons').default).toBe('## Wat werkte?\n\n\n## Wat werkte niet?\n\n\n## Wat doen we de volgende keer anders?\n\n\n## Tip voor anderen\n\n');
    expect(body('prototypes').default).toContain('## Wat werkt (nog) niet?');
  });

  it('gives every field a Dutch hint, and warns against children’s details and contact data in stories', () => {
    for (const collection of collectionNames) {
      for (const field of decapCollection(collection).fields as Field[]) {
        expect(field.hint, `${collection}.${field.name}`).toBeTruthy();
      }
    }
    const lessonBody = (decapCollection('lessons').fields as Field[]).find((field) => field.name === 'body')!;
    expect(lessonBody.hint).toMatch(/kinderen/);
    expect(lessonBody.hint).toMatch(/e-mailadressen of telefoonnummers/);
  });
});

describe('the CMS speaks the site’s Dutch', () => {
  const allFields = (collection: CollectionName) => decapCollection(collection).fields as Field[];

  it('shows dates as plain dates in the browser’s Dutch date picker, without "UTC"', () => {
    const date = allFields('lessons').find((field) => field.name === 'date')!;
    expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(date).not.toHaveProperty('picker_utc');
  });

  it('names what one item of a list is ("Voeg onderwerp toe" for Vraag mij over)', () => {
    const askMeAbout = allFields('experts').find((field) => field.name === 'askMeAbout')!;
    expect(askMeAbout).toMatchObject({ widget: 'list', label: 'Vraag mij over', label_singular: 'onderwerp' });
    const schools = allFields('prototypes').find((field) => field.name === 'schools')!;
    expect(schools.label_singular).toBe('school');
  });

  it('does not mention .mdx to editors', () => {
    for (const collection of collectionNames) expect(String(decapCollection(collection).description)).not.toMatch(/mdx/i);
  });

  it('lets lessons be sorted by date and prototypes by their last update', () => {
    expect(decapCollection('lessons').sortable_fields).toEqual(['title', 'date', 'updated']);
    expect(decapCollection('prototypes').sortable_fields).toEqual(['title', 'started', 'updated', 'reviewed']);
  });

  it('points "Bekijk live" at the local site when working locally, and at the real site otherwise', () => {
    const local = cmsConfig({ site, mode: 'local', localSiteUrl: 'http://localhost:4321/' });
    expect(local).toMatchObject({ site_url: 'http://localhost:4321/', display_url: 'http://localhost:4321/' });
    expect(cmsConfig({ site, mode: 'production' })).toMatchObject({ site_url: 'https://leernetwerk.example.nl/' });
  });

  it('passes a configured label prefix on to Decap, so contributions from /delen/ show in its workflow', () => {
    const config = cmsConfig({ site: { ...site, contribute: { ...site.contribute, labelPrefix: 'redactie/' } }, mode: 'production' });
    expect(config.backend).toMatchObject({ cms_label_prefix: 'redactie/' });
    expect(cmsConfig({ site, mode: 'production' }).backend).not.toHaveProperty('cms_label_prefix');
  });
});
