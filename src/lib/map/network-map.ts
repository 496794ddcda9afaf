/**
 * The map of the werkgebieden as plain numbers for an inline SVG: each area
 * with its outline (a region's `shape`), a label (name and counts) inside it
 * and the name a screen reader reads. All areas share one drawing; its size
 * is taken from the shapes, so a fork may draw in any units. When a
 * werkgebied has no shape, every werkgebied becomes a labelled tile in a grid.
 */
import { nl } from '../../i18n/nl.ts';
import { contentCounts } from '../counts.ts';
import type { Region } from '../relations.ts';
import { readPathData, type Point } from './path-data.ts';

export interface AreaCounts {
  prototypes: number;
  lessons: number;
  experts: number;
}

export interface MapInput {
  region: Region;
  href: string;
  counts: AreaCounts;
}

export interface LabelLine {
  text: string;
  y: number;
  kind: 'name' | 'counts';
}

export interface MapArea {
  id: string;
  name: string;
  href: string;
  /** SVG path data of the outline (a tile is drawn as a path too). */
  outline: string;
  label: { x: number; lines: LabelLine[] };
  counts: AreaCounts;
  /** Nothing shared here: drawn hatched, with "nog niets". */
  empty: boolean;
  /** What a screen reader reads for the area's link. */
  accessibleName: string;
}

export interface NetworkMap {
  viewBox: string;
  /** Font size of the labels, in the drawing's units. */
  fontSize: number;
  /** Spacing of the hatch lines of empty areas, in the drawing's units. */
  hatch: number;
  drawn: 'shapes' | 'tiles';
  areas: MapArea[];
}

/** Width of a bold letter with its halo, as a share of the font size (measured in Chromium): keeps a label inside its area. */
const letterWidth = 0.68;

/** Splits a name over lines of at most `max` letters, at spaces, and after a hyphen when a part is still too long. */
export function wrapName(name: string, max: number): string[] {
  const parts = name.split(/\s+/).flatMap((word) => (word.length > max ? word.split(/(?<=-)/) : [word]));
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    const joined = last?.endsWith('-') ? `${last}${part}` : `${last} ${part}`;
    if (last !== undefined && joined.length <= max) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  return lines;
}

/** Where a horizontal line at `y` runs inside the polygon: the stretch around `x`, or the widest one. */
export function spanAt(corners: readonly Point[], y: number, x: number): { from: number; to: number } | undefined {
  const crossings: number[] = [];
  corners.forEach(([x1, y1], index) => {
    const [x2, y2] = corners[(index + 1) % corners.length]!;
    if ((y1 <= y && y < y2) || (y2 <= y && y < y1)) crossings.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  });
  crossings.sort((a, b) => a - b);
  const spans: Array<{ from: number; to: number }> = [];
  for (let i = 0; i + 1 < crossings.length; i += 2) spans.push({ from: crossings[i]!, to: crossings[i + 1]! });
  return spans.find((span) => span.from <= x && x <= span.to) ?? spans.sort((a, b) => b.to - b.from - (a.to - a.from))[0];
}

function boundingBox(points: readonly Point[]) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  return { minX, minY, width: Math.max(...xs) - minX, height: Math.max(...ys) - minY };
}

/** The centre of mass of a polygon, or the middle of its corners when it has no area. */
export function centroid(corners: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  corners.forEach(([x1, y1], index) => {
    const [x2, y2] = corners[(index + 1) % corners.length]!;
    const cross = x1 * y2 - x2 * y1;
    area += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  });
  if (Math.abs(area) < 1e-9) {
    const box = boundingBox(corners);
    return [box.minX + box.width / 2, box.minY + box.height / 2];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

const round = (value: number) => Math.round(value * 10) / 10;
const isEmpty = (counts: AreaCounts) => counts.prototypes + counts.lessons + counts.experts === 0;

/** The outlines as drawn: the regions' shapes, or a grid of tiles when any region has none. */
function outlines(inputs: readonly MapInput[]): { drawn: NetworkMap['drawn']; shapes: Array<{ outline: string; corners: Point[]; all: Point[] }> } {
  const read = inputs.map(({ region }) => (region.data.shape ? readPathData(region.data.shape) : undefined));
  if (inputs.length > 0 && read.every((points) => points !== undefined)) {
    return { drawn: 'shapes', shapes: inputs.map(({ region }, index) => ({ outline: region.data.shape!, ...read[index]! })) };
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(inputs.length)));
  const [width, height, gap] = [300, 180, 16];
  return {
    drawn: 'tiles',
    shapes: inputs.map((_input, index) => {
      const x = (index % columns) * (width + gap);
      const y = Math.floor(index / columns) * (height + gap);
      const corners: Point[] = [[x, y], [x + width, y], [x + width, y + height], [x, y + height]];
      return { outline: `M ${x} ${y} H ${x + width} V ${y + height} H ${x} Z`, corners, all: corners };
    }),
  };
}

export function networkMap(inputs: readonly MapInput[]): NetworkMap {
  const { drawn, shapes } = outlines(inputs);
  const whole = boundingBox(shapes.flatMap((shape) => shape.all));
  const fontSize = round(Math.max(whole.width, whole.height * 0.75) / 36) || 1;
  const margin = fontSize / 2;
  const lineHeight = fontSize * 1.2;
  const areas = inputs.map(({ region, href, counts }, index): MapArea => {
    const shape = shapes[index]!;
    const [centreX, y] = centroid(shape.corners);
    // The label sits where the area is wide enough: the middle of its width at the centre, and no wider than
    // the narrowest of the rows it covers (about three lines).
    const rows = [y - lineHeight * 1.5, y, y + lineHeight * 1.5].map((row) => spanAt(shape.corners, row, centreX));
    const middle = rows[1];
    const x = middle ? (middle.from + middle.to) / 2 : centreX;
    const width = Math.min(...rows.map((row) => (row ? row.to - row.from : Infinity)));
    const empty = isEmpty(counts);
    const maxLetters = Math.max(6, Math.floor((Number.isFinite(width) ? width : boundingBox(shape.corners).width) / (fontSize * letterWidth)));
    const texts: Array<Omit<LabelLine, 'y'>> = [
      ...wrapName(region.data.name, maxLetters).map((text) => ({ text, kind: 'name' as const })),
      { text: empty ? nl.networkMap.empty : [counts.prototypes, counts.lessons, counts.experts].join(' · '), kind: 'counts' as const },
    ];
    // Lines centred on the area's centre; each y is a baseline.
    const top = y - (texts.length * lineHeight) / 2 + fontSize * 0.9;
    return {
      id: region.id,
      name: region.data.name,
      href,
      outline: shape.outline,
      label: { x: round(x), lines: texts.map((line, lineIndex) => ({ ...line, y: round(top + lineIndex * lineHeight) })) },
      counts,
      empty,
      accessibleName: empty ? nl.networkMap.emptyAreaLabel(region.data.name) : nl.networkMap.areaLabel(region.data.name, contentCounts(counts)),
    };
  });
  return {
    viewBox: [whole.minX - margin, whole.minY - margin, whole.width + 2 * margin, whole.height + 2 * margin].map(round).join(' '),
    fontSize,
    hatch: round(fontSize * 0.6),
    drawn,
    areas,
  };
}
