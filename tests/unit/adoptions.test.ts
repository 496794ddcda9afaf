/**
 * Examples that travel between werkgebieden, on the small fixture network in
 * tests/fixtures/adoptions: four werkgebieden (Noord, Midden and Zuid in a row,
 * Eiland apart), a voorbeeld from Noord taken over in Midden (werkt deels) and
 * in Zuid (werkt niet, in a lesson Noord wrote with Zuid), a voorbeeld that is
 * being tried, an idea, and a lesson filed under a speerpunt by itself.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapCollection } from '../../src/cms/collections.ts';
import type { DecapField } from '../../src/cms/fields.ts';
import { adoptionsOf } from '../../src/lib/adoptions.ts';
import { learningPhase } from '../../src/lib/learning-phase.ts';
import { missingTopics, regionRings } from '../../src/lib/nearest-people.ts';
import { focusBoard } from '../../src/lib/pages/focus-board.ts';
import { lessonPage } from '../../src/lib/pages/lesson-page.ts';
import { conditionGroups, perRegionRows, perRegionTable, prototypeTransfer } from '../../src/lib/pages/prototype-transfer.ts';
import { regionTransfer } from '../../src/lib/pages/region-transfer.ts';
import { lessonSearch, prototypeSearch } from '../../src/search/records.ts';
import { searchFacets } from '../../src/search/facets.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(path.join(fixturesDir, 'adoptions'));
const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);
const prototype = (id: string) => relations.prototype(id)!;

describe('the leerfase of a goed voorbeeld', () => {
  it('is Idee for an idea nobody tried or wrote about', () => {
    expect(learningPhase({ status: 'idee', lessons: 0, adoptions: 0 })).toBe('idee');
  });

  it('is Uitgeprobeerd as soon as a school is doing it, stopped or not, without lessons', () => {
    for (const status of ['in-uitvoering', 'afgerond', 'gestopt'] as const) {
      expect(learningPhase({ status, lessons: 0, adoptions: 0 }), status).toBe('uitgeprobeerd');
    }
  });

  it('is Teruggekeken once a lesson is shared, also about an idea (a lesson means it was tried)', () => {
    expect(learningPhase({ status: 'afgerond', lessons: 1, adoptions: 0 })).toBe('teruggekeken');
    expect(learningPhase({ status: 'idee', lessons: 2, adoptions: 0 })).toBe('teruggekeken');
  });

  it('is Overgenomen once another werkgebied took it over, whatever the result', () => {
    expect(learningPhase({ status: 'gestopt', lessons: 1, adoptions: 1 })).toBe('overgenomen');
  });

  it('follows the evidence in the content: lessons and take-overs, never a typed value', () => {
    const adoptions = adoptionsOf(relations);
    expect(adoptions.phaseOf(prototype('rekenmaatje'))).toBe('idee');
    expect(adoptions.phaseOf(prototype('rustige-klas'))).toBe('uitgeprobeerd');
    expect(adoptions.phaseOf(prototype('leesouders'))).toBe('overgenomen');
    // Without the two take-over lessons, the same voorbeeld is only looked back on.
    const withoutAdoptions = relationsFromFolder(path.join(fixturesDir, 'adoptions'));
    const lessons = withoutAdoptions.lessonsForPrototype('leesouders').filter((lesson) => !lesson.data.adoption);
    expect(learningPhase({ status: 'afgerond', lessons: lessons.length, adoptions: 0 })).toBe('teruggekeken');
  });
});

describe('take-overs', () => {
  const adoptions = adoptionsOf(relations);

  it('are the lessons with an adoption, where they took over: their werkgebieden that are not the voorbeeld’s own', () => {
    expect(adoptions.all.map((adoption) => [adoption.lesson.id, adoption.regions.map((region) => region.id)])).toEqual([
      ['leesouders-in-zuid-en-noord', ['zuid']],
      ['leesouders-in-midden', ['midden']],
    ]);
  });

  it('are found by voorbeeld, by the werkgebied that took over and by the werkgebied it came from', () => {
    expect(adoptions.forPrototype('leesouders')).toHaveLength(2);
    expect(adoptions.inRegion('midden').map((adoption) => adoption.lesson.id)).toEqual(['leesouders-in-midden']);
    expect(adoptions.inRegion('noord')).toEqual([]);
    expect(adoptions.fromRegion('noord').map((adoption) => adoption.lesson.id)).toEqual(['leesouders-in-zuid-en-noord', 'leesouders-in-midden']);
    expect(adoptions.adoptedIn('leesouders').sort()).toEqual(['midden', 'zuid']);
  });
});

describe('"Per werkgebied" on a goed voorbeeld', () => {
  const rows = perRegionRows(prototype('leesouders'), relations);
  const row = (id: string) => rows.find((candidate) => candidate.region.id === id)!;

  it('has one row per werkgebied, in alphabetical order', () => {
    expect(rows.map((candidate) => candidate.region.name)).toEqual(['Eiland', 'Midden', 'Noord', 'Zuid']);
  });

  it('says where it started, with the lessons from there that are not take-overs', () => {
    expect(row('noord')).toMatchObject({ state: 'origin', stateText: 'Hier begonnen' });
    expect(row('noord').stories.map((story) => story.href)).toEqual(['/lessen/leesouders-terugblik/']);
  });

  it('puts a take-over in the row of the werkgebied that took over, with its result, what changed and whom to ask', () => {
    expect(row('midden')).toMatchObject({ state: 'adopted', stateText: 'Overgenomen: werkt deels' });
    expect(row('midden').stories).toEqual([
      {
        title: 'Leesouders in Midden werken deels',
        href: '/lessen/leesouders-in-midden/',
        result: 'Werkt deels',
        changed: 'Eén training in plaats van drie.',
        ask: [{ name: 'Adam Anders', href: '/wie-weet-wat/adam-anders/' }],
      },
    ]);
    expect(row('zuid')).toMatchObject({ state: 'adopted', stateText: 'Overgenomen: werkt niet' });
  });

  it('says "nog niet geprobeerd" where nobody took it over', () => {
    expect(row('eiland')).toMatchObject({ state: 'not-tried', stateText: 'Nog niet geprobeerd', stories: [] });
  });

  it('has a row for every werkgebied in a network of up to a dozen, so nothing is left out here', () => {
    expect(perRegionTable(prototype('leesouders'), relations).others).toBeUndefined();
  });

  it('in a large network has rows only where it started, where it was taken over and next door, and counts the rest', () => {
    // A limit of 2 werkgebieden makes the fixture's four a "large" network.
    const table = perRegionTable(prototype('leesouders'), relations, 2);
    expect(table.rows.map((candidate) => [candidate.region.id, candidate.state])).toEqual([
      ['midden', 'adopted'],
      ['noord', 'origin'],
      ['zuid', 'adopted'],
    ]);
    expect(table.others).toEqual({ text: 'In 1 ander werkgebied is het nog niet geprobeerd.', label: 'Bekijk alle werkgebieden', href: '/werkgebieden/' });
    // Rustige klas (Zuid) was taken over nowhere: its neighbour Midden is offered as "nog niet geprobeerd".
    const quiet = perRegionTable(prototype('rustige-klas'), relations, 2);
    expect(quiet.rows.map((candidate) => [candidate.region.id, candidate.state])).toEqual([
      ['midden', 'not-tried'],
      ['zuid', 'origin'],
    ]);
    expect(quiet.others?.text).toBe('In 2 andere werkgebieden is het nog niet geprobeerd.');
  });

  it('in a large network has at most a few neighbours as rows, however many werkgebieden name the origin as theirs', () => {
    // With no neighbour rows allowed, Zuid's neighbour Midden moves into the count.
    const quiet = perRegionTable(prototype('rustige-klas'), relations, 2, 0);
    expect(quiet.rows.map((candidate) => [candidate.region.id, candidate.state])).toEqual([['zuid', 'origin']]);
    expect(quiet.others?.text).toBe('In 3 andere werkgebieden is het nog niet geprobeerd.');
    // Where it was taken over stays a row: that is the voorbeeld's own story, not the size of the network.
    const travelled = perRegionTable(prototype('leesouders'), relations, 2, 0);
    expect(travelled.rows.map((candidate) => candidate.region.id)).toEqual(['midden', 'noord', 'zuid']);
  });

  it('offers to share a take-over: a new lesson in the CMS linked to the voorbeeld and marked as a take-over, or the route without an account', () => {
    const { share, phase } = prototypeTransfer(prototype('leesouders'), relations);
    expect(share.label).toBe('Wij hebben dit overgenomen: deel hoe het ging');
    expect(share.href).toBe('/admin/#/collections/lessons/new?prototype=leesouders&adoption.result=loopt-nog&topics=lezen');
    expect(share.other.href).toBe('/delen/?soort=lessons&prototype=leesouders');
    expect(phase.steps.map((step) => [step.name, step.current])).toEqual([
      ['Idee', false],
      ['Uitgeprobeerd', false],
      ['Teruggekeken', false],
      ['Overgenomen', true],
    ]);
  });

  it('prefills only fields of the CMS’s lesson form, with values the form accepts (Decap: `new?<field>=<value>`, a field in a group by its dotted name)', () => {
    const { share } = prototypeTransfer(prototype('leesouders'), relations);
    const fields = decapCollection('lessons').fields as DecapField[];
    const related = { prototypes: relations.prototypes, topics: relations.topics };
    const query = new URLSearchParams(share.href.split('?')[1]);
    expect([...query.keys()].sort()).toEqual(['adoption.result', 'prototype', 'topics']);
    for (const [key, value] of query) {
      const field = key.split('.').reduce<DecapField | undefined>((found, name) => ((found ? found.fields : fields) as DecapField[] | undefined)?.find((candidate) => candidate.name === name), undefined);
      expect(field, key).toBeDefined();
      // A multiple relation takes comma-separated ids; each must be an entry of the related collection.
      const values = field!.multiple ? value.split(',') : [value];
      if (field!.widget === 'select') expect((field!.options as Array<{ value: string }>).map((option) => option.value)).toEqual(expect.arrayContaining(values));
      else if (field!.widget === 'relation') expect(ids(related[field!.collection as keyof typeof related]), key).toEqual(expect.arrayContaining(values));
      else expect.unreachable(`${key}: a ${field!.widget} field is not prefilled`);
    }
  });

  it('lists what it needs in two groups, needed and helpful', () => {
    expect(conditionGroups(prototype('leesouders'))).toEqual({
      needed: [
        { kind: 'Tijd', text: 'Twintig minuten per week per kind' },
        { kind: 'Mensen', text: 'Leesouders met een training' },
      ],
      helps: [{ kind: 'Partners', text: 'Een dyslexiespecialist die meekijkt' }],
    });
    expect(conditionGroups(prototype('rustige-klas'))).toEqual({ needed: [], helps: [] });
  });
});

describe('take-overs on a werkgebied page', () => {
  it('shows under "Overgenomen hier" what it took over, from where, how it went and the lesson', () => {
    expect(regionTransfer('midden', relations).adoptedHere).toEqual([
      {
        prototype: { title: 'Leesouders in de klas', href: '/prototypen/leesouders/' },
        where: 'uit Noord',
        result: 'Werkt deels',
        changed: 'Eén training in plaats van drie.',
        lesson: { title: 'Leesouders in Midden werken deels', href: '/lessen/leesouders-in-midden/' },
      },
    ]);
  });

  it('shows under "Van hier overgenomen elders" where its own voorbeelden were taken over', () => {
    const elsewhere = regionTransfer('noord', relations).adoptedElsewhere;
    expect(elsewhere.map((item) => [item.where, item.result])).toEqual([
      ['in Zuid', 'Werkt niet'],
      ['in Midden', 'Werkt deels'],
    ]);
    expect(regionTransfer('noord', relations).adoptedHere).toEqual([]);
  });

  it('tells a lesson about a take-over which werkgebied took over what, from where, and how it went', () => {
    const { adoption } = lessonPage(relations.lesson('leesouders-in-midden')!, relations);
    expect(adoption).toMatchObject({
      text: 'Midden nam dit goede voorbeeld over uit Noord.',
      result: { label: 'Hoe gaat het?', value: 'Werkt deels' },
      changed: { label: 'Wat deden jullie anders?', value: 'Eén training in plaats van drie.' },
      perRegion: { href: '/prototypen/leesouders/#per-werkgebied' },
    });
    expect(lessonPage(relations.lesson('leesouders-terugblik')!, relations).adoption).toBeUndefined();
  });
});

describe('"Nog niemand om te vragen over" on a werkgebied', () => {
  it('walks the neighbours outwards, both ways: a werkgebied that lists this one is its neighbour too', () => {
    expect(regionRings('zuid', relations).map((ring) => ids(ring))).toEqual([['midden'], ['noord']]);
    expect(regionRings('midden', relations).map((ring) => ids(ring))).toEqual([['noord', 'zuid']]);
    expect(regionRings('eiland', relations)).toEqual([]);
  });

  it('lists the thema’s nobody here knows about, each with the nearest person, in the order the werkgebied lists its neighbours', () => {
    const missing = missingTopics('midden', relations);
    expect(missing.map(({ topic, nearest }) => [topic.id, nearest?.expert.id, nearest?.region.id])).toEqual([
      ['lezen', 'noor-noord', 'noord'],
      ['rekenen', undefined, undefined],
    ]);
  });

  it('looks further than the neighbours when they do not know either', () => {
    expect(missingTopics('noord', relations).find(({ topic }) => topic.id === 'gedrag')?.nearest?.expert.id).toBe('adam-anders');
  });

  it('says when someone elsewhere knows but nobody nearby, and when nobody in the network does', () => {
    const eiland = regionTransfer('eiland', relations).missingTopics;
    expect(eiland.map((missing) => [missing.topic.name, missing.nearest, missing.otherwise?.text])).toEqual([
      ['Gedrag', undefined, 'Niemand in de buurt. Bekijk wie er in het hele netwerk iets van weet:'],
      ['Lezen', undefined, 'Niemand in de buurt. Bekijk wie er in het hele netwerk iets van weet:'],
      ['Rekenen', undefined, 'Nog niemand in het hele netwerk.'],
    ]);
  });
});

describe('the speerpunten in one glance', () => {
  const board = focusBoard(relations, new Date('2026-11-30'));
  const box = (id: string) => board.boxes.find((candidate) => candidate.id === id)!;

  it('has six boxes, in the plan’s order, 4.2 with its two goals', () => {
    expect(board.boxes.map((candidate) => candidate.kind)).toEqual([
      'Speerpunt 4.2.1',
      'Speerpunt 4.2.3',
      'Speerpunt 4.3',
      'Speerpunt 4.4',
      'Speerpunt 4.5',
      'Speerpunt 4.6',
    ]);
    expect(board.intro).toContain('De zes speerpunten');
  });

  it('counts the voorbeelden per leerfase', () => {
    const counts = (id: string) => Object.fromEntries(box(id).phases.counts.map(({ phase, count }) => [phase, count]));
    expect(counts('pedagogische-alliantie')).toEqual({ idee: 0, uitgeprobeerd: 0, teruggekeken: 0, overgenomen: 1 });
    expect(counts('samenwerken')).toEqual({ idee: 1, uitgeprobeerd: 1, teruggekeken: 0, overgenomen: 0 });
  });

  it('names the werkgebieden that contribute, through voorbeelden and lessen', () => {
    expect(box('pedagogische-alliantie').regions).toEqual({ heading: 'Werkgebieden die bijdragen: 3 van 4', names: ['Midden', 'Noord', 'Zuid'] });
  });

  it('reaches a speerpunt through a lesson’s own speerpunten, without a voorbeeld', () => {
    expect(box('veerkracht').empty).toBeUndefined();
    expect(box('veerkracht').newestLesson.lesson?.href).toBe('/lessen/samen-spelen/');
    expect(box('veerkracht').regions.names).toEqual(['Eiland']);
    expect(ids(relations.lessonsForFocusArea('pedagogische-alliantie'))).toEqual(['leesouders-in-zuid-en-noord', 'leesouders-in-midden', 'leesouders-terugblik']);
  });

  it('invites a first voorbeeld in an empty box', () => {
    expect(box('regie-leerkracht').empty).toEqual({ text: 'Dit kader is nog leeg:', link: { label: 'deel jouw voorbeeld', href: '/delen/?soort=prototypes' } });
  });

  it('dates the printed page and says where the newest state is', () => {
    expect(board.printed('https://leernetwerk.example.nl/speerpunten/')).toBe(
      'Gemaakt op 30 november 2026. De nieuwste stand staat op https://leernetwerk.example.nl/speerpunten/',
    );
  });
});

describe('search filters for take-overs', () => {
  it('gives a goed voorbeeld its leerfase and the werkgebieden that took it over', () => {
    expect(prototypeSearch(prototype('leesouders'), relations).search).toMatchObject({ learningPhase: 'overgenomen', adoptedIn: ['zuid', 'midden'] });
    expect(prototypeSearch(prototype('rekenmaatje'), relations).search).toMatchObject({ learningPhase: 'idee', adoptedIn: [] });
  });

  it('files a take-over lesson under "overgenomen in" its werkgebied, and a lesson under its own speerpunten', () => {
    expect(lessonSearch(relations.lesson('leesouders-in-zuid-en-noord')!, relations).search.adoptedIn).toEqual(['zuid']);
    expect(lessonSearch(relations.lesson('samen-spelen')!, relations).search.focusAreas).toEqual(['veerkracht']);
  });

  it('offers Leerfase and Overgenomen in on the search page, with Dutch names', () => {
    const facets = searchFacets(relations);
    expect(facets.find((facet) => facet.key === 'leerfase')).toEqual({
      key: 'leerfase',
      label: 'Leerfase',
      options: [
        ['idee', 'Idee'],
        ['uitgeprobeerd', 'Uitgeprobeerd'],
        ['teruggekeken', 'Teruggekeken'],
        ['overgenomen', 'Overgenomen'],
      ],
    });
    expect(facets.find((facet) => facet.key === 'overgenomen-in')?.label).toBe('Overgenomen in');
  });
});
