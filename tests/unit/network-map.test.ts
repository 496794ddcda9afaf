/**
 * The map of the werkgebieden as numbers: outlines read from the regions'
 * `shape` (SVG path data), labels placed inside their area, a grid of tiles
 * when a fork has no shapes, and the same numbers a screen reader hears.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPathData } from '../../src/lib/map/path-data.ts';
import { centroid, networkMap, spanAt, wrapName, type MapInput } from '../../src/lib/map/network-map.ts';
import { allRegionsMap, topicMap } from '../../src/lib/pages/region-map.ts';
import type { Region } from '../../src/lib/relations.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(path.join(fixturesDir, 'adoptions'));
const region = (id: string, name: string, shape?: string) => ({ id, collection: 'regions', data: { name, municipalities: [], neighbours: [], shape } }) as unknown as Region;
const input = (entry: Region, counts = { prototypes: 1, lessons: 2, experts: 3 }): MapInput => ({ region: entry, href: `/werkgebieden/${entry.id}/`, counts });

describe('reading the outline of a werkgebied', () => {
  it('reads straight lines, absolute and relative, and closes the shape', () => {
    expect(readPathData('M 10 10 L 90 10 L 90 60 Z')?.corners).toEqual([[10, 10], [90, 10], [90, 60]]);
    expect(readPathData('m10,10 h80 v50 h-80 z')?.corners).toEqual([[10, 10], [90, 10], [90, 60], [10, 60]]);
  });

  it('keeps the control points of curves, so the drawing is sized to hold them', () => {
    const points = readPathData('M 0 0 C 0 -50 100 -50 100 0 L 50 80 Z')!;
    expect(points.corners).toEqual([[0, 0], [100, 0], [50, 80]]);
    expect(points.all).toContainEqual([0, -50]);
  });

  it('refuses what it cannot draw: arcs, stray letters, too few corners, a missing start', () => {
    expect(readPathData('M 10 10 A 5 5 0 0 1 20 20 Z')).toBeUndefined();
    expect(readPathData('M 10 10 L 20 e 20 Z')).toBeUndefined();
    expect(readPathData('M 10 10 L 20 20 Z')).toBeUndefined();
    expect(readPathData('L 10 10 L 20 20 L 0 30')).toBeUndefined();
    expect(readPathData('M 10 10 L 20')).toBeUndefined();
  });
});

describe('placing labels', () => {
  it('finds the centre of mass of a polygon', () => {
    expect(centroid([[0, 0], [100, 0], [100, 50], [0, 50]])).toEqual([50, 25]);
  });

  it('measures how wide an area is at a height, around a point', () => {
    const lShape = [[0, 0], [100, 0], [100, 20], [20, 20], [20, 100], [0, 100]] as const;
    expect(spanAt(lShape, 10, 50)).toEqual({ from: 0, to: 100 });
    expect(spanAt(lShape, 50, 10)).toEqual({ from: 0, to: 20 });
  });

  it('wraps a long name at spaces, and after a hyphen when one part is still too long', () => {
    expect(wrapName('Alkmaar-Zuid, Schermer en Graft-De Rijp', 25)).toEqual(['Alkmaar-Zuid, Schermer en', 'Graft-De Rijp']);
    expect(wrapName('Alkmaar-Noord', 9)).toEqual(['Alkmaar-', 'Noord']);
    expect(wrapName('Heiloo', 9)).toEqual(['Heiloo']);
  });
});

describe('the map', () => {
  it('draws every werkgebied from its shape in one drawing sized to hold them all', () => {
    const map = networkMap([input(region('a', 'A', 'M 0 0 L 100 0 L 100 100 Z')), input(region('b', 'B', 'M 100 0 L 300 0 L 300 100 Z'))]);
    expect(map.drawn).toBe('shapes');
    const [x, y, width, height] = map.viewBox.split(' ').map(Number);
    expect(x).toBeLessThan(0);
    expect(y).toBeLessThan(0);
    expect(x + width).toBeGreaterThan(300);
    expect(y + height).toBeGreaterThan(100);
    expect(map.areas.map((area) => area.outline)).toEqual(['M 0 0 L 100 0 L 100 100 Z', 'M 100 0 L 300 0 L 300 100 Z']);
  });

  it('draws a grid of labelled tiles when a werkgebied has no shape (a fork without a map)', () => {
    const map = networkMap([input(region('a', 'A', 'M 0 0 L 100 0 L 100 100 Z')), input(region('b', 'B')), input(region('c', 'C')), input(region('d', 'D'))]);
    expect(map.drawn).toBe('tiles');
    expect(map.areas.map((area) => area.outline)).toEqual([
      'M 0 0 H 300 V 180 H 0 Z',
      'M 316 0 H 616 V 180 H 316 Z',
      'M 0 196 H 300 V 376 H 0 Z',
      'M 316 196 H 616 V 376 H 316 Z',
    ]);
  });

  it('labels each area with its name and its counts, and gives the link a name with the counts in words', () => {
    const [area] = networkMap([input(region('a', 'Heiloo', 'M 0 0 L 600 0 L 600 400 L 0 400 Z'))]).areas;
    expect(area!.label.lines.map((line) => [line.kind, line.text])).toEqual([
      ['name', 'Heiloo'],
      ['counts', '1 · 2 · 3'],
    ]);
    expect(area!.accessibleName).toBe('Heiloo: 1 goed voorbeeld, 2 lessen, 3 personen');
    expect(area!.label.x).toBe(300);
  });

  it('marks an area where nothing is shared, in words and not by colour alone', () => {
    const [area] = networkMap([input(region('a', 'Eiland', 'M 0 0 L 600 0 L 600 400 Z'), { prototypes: 0, lessons: 0, experts: 0 })]).areas;
    expect(area!.empty).toBe(true);
    expect(area!.label.lines.at(-1)!.text).toBe('nog niets');
    expect(area!.accessibleName).toBe('Eiland: nog niets gedeeld');
  });

  it('shows on /werkgebieden/ the numbers of each werkgebied, the same on the map and in the table', () => {
    const model = allRegionsMap(relations);
    expect(model.table.rows.map((row) => [row.name, row.counts])).toEqual([
      ['Eiland', { prototypes: 0, lessons: 1, experts: 0 }],
      ['Midden', { prototypes: 1, lessons: 1, experts: 1 }],
      ['Noord', { prototypes: 1, lessons: 2, experts: 1 }],
      ['Zuid', { prototypes: 1, lessons: 1, experts: 1 }],
    ]);
    expect(model.map.areas.map((area) => area.counts)).toEqual(model.table.rows.map((row) => row.counts));
  });

  it('shows on a thema page where people and voorbeelden for it are, and where nothing is shared yet', () => {
    const model = topicMap(relations.topic('lezen')!, relations);
    expect(model.caption).toBe('Waar zijn mensen en voorbeelden over Lezen?');
    expect(model.map.areas.map((area) => [area.name, area.empty])).toEqual([
      ['Eiland', true],
      ['Midden', false],
      ['Noord', false],
      ['Zuid', false],
    ]);
    expect(model.table.rows.find((row) => row.name === 'Noord')!.counts).toEqual({ prototypes: 1, lessons: 2, experts: 1 });
  });
});
