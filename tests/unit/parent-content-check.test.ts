/**
 * The new collections in the content check and the CMS: references inside a
 * route's steps and inside a prototype's visit offer are checked against the
 * real ids, and the CMS edits a route's steps as a list of small forms.
 */
import { describe, expect, it } from 'vitest';
import { decapCollection } from '../../src/cms/collections.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { fileSchema } from '../../src/schemas/index.ts';
import { referenceFields, valuesAtPath } from '../../src/schemas/introspect.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { publicDir } from '../helpers/paths.ts';

describe('references inside groups and lists of groups', () => {
  it('are found in the schemas', () => {
    expect(referenceFields(fileSchema('parent-routes'))).toEqual([
      { field: 'topics', collection: 'topics', list: true },
      { field: 'steps[].contacts', collection: 'experts', list: true },
    ]);
    expect(referenceFields(fileSchema('prototypes'))).toContainEqual({ field: 'visits.contact', collection: 'experts', list: false });
  });

  it('are read with where they sit, counted from 1', () => {
    const data = { steps: [{ contacts: [] }, { contacts: ['a', 'b'] }], visits: { contact: 'c' } };
    expect(valuesAtPath(data, { field: 'steps[].contacts', list: true })).toEqual([
      { where: 'steps[2].contacts[1]', value: 'a' },
      { where: 'steps[2].contacts[2]', value: 'b' },
    ]);
    expect(valuesAtPath(data, { field: 'visits.contact', list: false })).toEqual([{ where: 'visits.contact', value: 'c' }]);
    expect(valuesAtPath({}, { field: 'visits.contact', list: false })).toEqual([]);
  });

  it('must point at profiles that exist, with the place of the wrong id in the message', () => {
    const { problems } = checkContent(contentWithCase('broken-references', 'parents'), publicDir);
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      'content/prototypes/oude-bezoekdag.md: veld "visits.contact": profiel "bert-de-oud" bestaat niet (bedoel je "bert-de-oude"?)',
      'content/parent-routes/verkeerde-helper.md: veld "steps[2].contacts[2]": profiel "ans-tester" bestaat niet (bedoel je "ans-testers"?)',
    ]);
  });
});

describe('the CMS form of a route for parents', () => {
  const fields = decapCollection('parent-routes').fields as Array<Record<string, any>>;
  const steps = fields.find((field) => field.name === 'steps')!;

  it('edits the steps as a list of small forms, at least two, each named by its title', () => {
    expect(steps).toMatchObject({ widget: 'list', min: 2, max: 8, summary: '{{fields.title}}', label: 'Stappen' });
    expect((steps.fields as Array<Record<string, any>>).map((field) => [field.name, field.widget, field.required])).toEqual([
      ['title', 'string', true],
      ['text', 'text', true],
      ['expect', 'text', false],
      ['contacts', 'relation', false],
      ['roles', 'list', false],
    ]);
    expect(steps.fields.find((field: Record<string, any>) => field.name === 'contacts')).toMatchObject({ collection: 'experts', multiple: true });
  });

  it('gives every field of a step a hint in plain Dutch', () => {
    for (const field of steps.fields as Array<Record<string, any>>) expect(field.hint, field.name).toMatch(/^[A-Z][^<>]{10,}$/);
  });

  it('writes Markdown for routes and YAML for glossary terms', () => {
    expect(decapCollection('parent-routes')).toMatchObject({ folder: 'content/parent-routes', extension: 'md', preview_path: 'ouders/{{slug}}/' });
    expect(decapCollection('glossary')).toMatchObject({ folder: 'content/glossary', extension: 'yaml', identifier_field: 'term' });
  });
});
