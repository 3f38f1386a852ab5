/**
 * The gazetteer: loads the compiled index (building it first when it is missing or stale) and
 * answers name look-ups with scored candidates. One instance per process (`getGazetteer`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../model.js';
import { buildGazetteer, CACHE_FILE, DEMONYM, expectedSignature, type Header, PRIMARY } from './build.js';
import { fold, nameKey, nameSimilarity } from './normalise.js';
import { cacheDir } from './paths.js';

export interface Candidate {
  place: Place;
  /** 0..1: how well the name matches (1 the place's own name) */
  score: number;
  /** how it matched: its name, an alternate name, a demonym, or the transliteration key */
  via: 'name' | 'alternate' | 'demonym' | 'key';
}

export class Gazetteer {
  private readonly ids: Int32Array;
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly pop: Float64Array;
  private readonly code: Uint16Array;
  private readonly cc: Uint16Array;
  private readonly a1: Uint16Array;
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly names: string[];
  private readonly keys: string[];
  private readonly places: (Place | undefined)[];
  private idIndex: Map<number, number> | null = null;
  /** admin1 ("UA.07") and country ("UA") → index of its region record */
  private readonly regionIx = new Map<string, number>();
  readonly header: Header;

  constructor(buffer: Buffer) {
    const headerLen = buffer.readUInt32LE(0);
    this.header = JSON.parse(buffer.toString('utf8', 8, 8 + headerLen)) as Header;
    const base = Math.ceil((headerLen + 8) / 8) * 8;
    const ab = buffer.byteOffset % 8 === 0 ? buffer.buffer : new Uint8Array(buffer).buffer;
    const start = buffer.byteOffset % 8 === 0 ? buffer.byteOffset + base : base;
    const section = (name: string) => this.header.sections.find((s) => s.name === name)!;
    const view = <T>(name: string, C: new (b: ArrayBufferLike, o: number, l: number) => T, size: number): T => {
      const s = section(name);
      return new C(ab, start + s.offset, s.bytes / size);
    };
    this.ids = view('ids', Int32Array, 4);
    this.lat = view('lat', Float32Array, 4);
    this.lon = view('lon', Float32Array, 4);
    this.pop = view('pop', Float64Array, 8);
    this.code = view('code', Uint16Array, 2);
    this.cc = view('country', Uint16Array, 2);
    this.a1 = view('admin1', Uint16Array, 2);
    this.offsets = view('offsets', Int32Array, 4);
    this.postings = view('postings', Int32Array, 4);
    const text = (name: string) => {
      const s = section(name);
      return buffer.toString('utf8', base + s.offset, base + s.offset + s.bytes);
    };
    this.names = text('names').split('\n');
    this.keys = text('keys').split('\n');
    this.places = new Array(this.header.count);
    for (let i = 0; i < this.header.count; i++) {
      const c = this.header.codes[this.code[i]];
      if (c === 'A.ADM1') this.regionIx.set(this.header.admin1s[this.a1[i]], i);
      else if (c === 'A.PCLI') this.regionIx.set(this.header.countries[this.cc[i]], i);
    }
  }

  get size(): number {
    return this.header.count;
  }

  private place(i: number): Place {
    let p = this.places[i];
    if (!p) {
      const [featureClass, feature] = this.header.codes[this.code[i]].split('.');
      const a1 = this.header.admin1s[this.a1[i]];
      const admin1 = a1 ? a1.slice(a1.indexOf('.') + 1) : null;
      const region = a1 ? this.regionIx.get(a1) : undefined;
      p = {
        geonameid: this.ids[i],
        name: this.names[i],
        featureClass,
        feature,
        country: this.header.countries[this.cc[i]],
        admin1,
        admin1Name: region !== undefined ? this.names[region] : null,
        lat: Math.round(this.lat[i] * 1e5) / 1e5,
        lon: Math.round(this.lon[i] * 1e5) / 1e5,
        population: this.pop[i],
      };
      this.places[i] = p;
    }
    return p;
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid];
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private post(key: string): number[] {
    const at = this.find(key);
    return at < 0 ? [] : Array.from(this.postings.subarray(this.offsets[at], this.offsets[at + 1]));
  }

  /** Is there any place whose folded name or key is this? (cheap test for recognition) */
  has(name: string): boolean {
    return this.find('f' + fold(name)) >= 0 || this.find('k' + nameKey(name)) >= 0;
  }

  /** Candidates for a name, best match first; fuzzy (key) matches score below exact ones. */
  lookup(name: string): Candidate[] {
    const out = new Map<number, Candidate>();
    for (const v of this.post('f' + fold(name))) {
      const i = v >> 2;
      const via = v & DEMONYM ? 'demonym' : v & PRIMARY ? 'name' : 'alternate';
      const score = via === 'name' ? 1 : via === 'alternate' ? 0.97 : 0.95;
      const prev = out.get(i);
      if (!prev || prev.score < score) out.set(i, { place: this.place(i), score, via });
    }
    for (const v of this.post('k' + nameKey(name))) {
      const i = v >> 2;
      if (out.has(i)) continue;
      const place = this.place(i);
      const score = Math.min(0.93, 0.78 + 0.15 * nameSimilarity(name, place.name));
      out.set(i, { place, score, via: v & DEMONYM ? 'demonym' : 'key' });
    }
    return [...out.values()].sort((a, b) => b.score - a.score || b.place.population - a.place.population);
  }

  byId(geonameid: number): Place | undefined {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.ids.length; i++) this.idIndex.set(this.ids[i], i);
    }
    const i = this.idIndex.get(geonameid);
    return i === undefined ? undefined : this.place(i);
  }

  /** The first-level region ("UA", "07") or, with admin1 null, the country record. */
  region(country: string, admin1: string | null): Place | undefined {
    const i = this.regionIx.get(admin1 ? `${country}.${admin1}` : country);
    return i === undefined ? undefined : this.place(i);
  }

  /** Every first-level region and country record. */
  get regions(): Place[] {
    return [...this.regionIx.values()].map((i) => this.place(i));
  }
}

let instance: Gazetteer | null = null;

/** Loads the compiled gazetteer, building it when missing or when a source has changed. */
export function loadGazetteer(): Gazetteer {
  const file = join(cacheDir(), CACHE_FILE);
  if (existsSync(file)) {
    const buffer = readFileSync(file);
    const g = new Gazetteer(buffer);
    if (g.header.signature === expectedSignature()) return g;
  }
  return new Gazetteer(readFileSync(buildGazetteer(file)));
}

export function getGazetteer(): Gazetteer {
  instance ??= loadGazetteer();
  return instance;
}

/** Forget the loaded instance (after `gazetteer import`). */
export function resetGazetteer(): void {
  instance = null;
}
