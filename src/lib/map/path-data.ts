/**
 * Reads the outline of a werkgebied (a region's `shape`): SVG path data with
 * straight lines and curves (M, L, H, V, C, S, Q, T, Z, upper or lower case),
 * no arcs. Gives the points the map needs to size its drawing and place a
 * label; anything else is not a shape, and the content check says so.
 * @see https://www.w3.org/TR/SVG2/paths.html#PathData
 */

export type Point = readonly [x: number, y: number];

export interface PathPoints {
  /** The end points of every segment, in order: the corners of the outline. */
  corners: Point[];
  /** The corners and the control points of curves: the outline lies inside their bounding box. */
  all: Point[];
}

const allowedCharacters = /^[\s,MmLlHhVvCcSsQqTtZz0-9.eE+-]*$/;
const tokenPattern = /[MmLlHhVvCcSsQqTtZz]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;
/** How many numbers one step of each command takes. */
const parameterCount: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, z: 0 };

/** The points of `data`, or undefined when it is not path data this map can draw. */
export function readPathData(data: string): PathPoints | undefined {
  if (!allowedCharacters.test(data)) return undefined;
  const tokens = data.match(tokenPattern) ?? [];
  // Every character but separators must be part of a command or a number: a stray "e" or "+" is a typo.
  if (tokens.join('').length !== data.replace(/[\s,]/g, '').length) return undefined;
  if (tokens.length === 0 || !/^[Mm]$/.test(tokens[0]!)) return undefined;

  const corners: Point[] = [];
  const all: Point[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let index = 0;
  while (index < tokens.length) {
    const command = tokens[index++]!;
    const lower = command.toLowerCase();
    const count = parameterCount[lower];
    if (count === undefined) return undefined;
    const relative = command === lower;
    const numbers: number[] = [];
    while (index < tokens.length && !/^[A-Za-z]$/.test(tokens[index]!)) numbers.push(Number(tokens[index++]));
    if (count === 0) {
      if (numbers.length > 0) return undefined;
      x = startX;
      y = startY;
      continue;
    }
    if (numbers.length === 0 || numbers.length % count !== 0) return undefined;
    for (let group = 0; group < numbers.length; group += count) {
      const values = numbers.slice(group, group + count);
      const point = (i: number): Point => [values[i]! + (relative ? x : 0), values[i + 1]! + (relative ? y : 0)];
      let end: Point;
      if (lower === 'h') end = [values[0]! + (relative ? x : 0), y];
      else if (lower === 'v') end = [x, values[0]! + (relative ? y : 0)];
      else {
        // Control points first (C, S, Q take them before the end point); the last pair is the end point.
        for (let i = 0; i < count - 2; i += 2) all.push(point(i));
        end = point(count - 2);
      }
      corners.push(end);
      all.push(end);
      [x, y] = end;
      // After a move, further pairs are lines, and a Z returns to here.
      if (lower === 'm' && group === 0) [startX, startY] = end;
    }
  }
  return corners.length >= 3 ? { corners, all } : undefined;
}
