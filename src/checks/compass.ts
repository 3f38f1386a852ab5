/**
 * Compass directions as stated ("northeast of", "north-east of", "NE of", "to the southeast of")
 * and as computed (a bearing named on the 16-point rose, so that a reader sees "east-southeast"
 * where the text says "southeast"). A stated 8-point direction holds when the initial bearing
 * lies within ±22.5° of it: the half-width of one point of an 8-point rose.
 *
 * Matches:  "76 kilometers northeast of" → NE (45°)
 * Must not: "the northeastern city of"   → not a relative direction (an adjective of a region)
 */
// prettier-ignore
const POINTS8 = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type Point8 = (typeof POINTS8)[number];

// prettier-ignore
const NAMES16 = [
  'north', 'north-northeast', 'northeast', 'east-northeast', 'east', 'east-southeast', 'southeast', 'south-southeast',
  'south', 'south-southwest', 'southwest', 'west-southwest', 'west', 'west-northwest', 'northwest', 'north-northwest',
];

export const COMPASS_TOLERANCE_DEG = 22.5;

export const compass = {
  /** regular-expression source for a stated direction word */
  source: '(?:north|south)[\\s-]?(?:east|west)|north|south|east|west|N[EW]?|S[EW]?|E|W',
  /** the 8-point direction of a stated word, or null */
  parse(word: string): Point8 | null {
    const w = word.trim();
    if (/^(?:N|NE|E|SE|S|SW|W|NW)$/.test(w)) return w as Point8;
    const m = /^(north|south)?[\s-]?(east|west)?$/i.exec(w);
    if (!m || (!m[1] && !m[2])) return null;
    return ((m[1] ? m[1][0]!.toUpperCase() : '') + (m[2] ? m[2][0]!.toUpperCase() : '')) as Point8;
  },
  degrees(point: Point8): number {
    return POINTS8.indexOf(point) * 45;
  },
  /** smallest angle between two bearings, 0..180 */
  difference(a: number, b: number): number {
    const d = Math.abs(((a - b) % 360) + 360) % 360;
    return d > 180 ? 360 - d : d;
  },
  /** a bearing named on the 16-point rose ("east-southeast") */
  name16(bearing: number): string {
    return NAMES16[Math.round((((bearing % 360) + 360) % 360) / 22.5) % 16]!;
  },
};
