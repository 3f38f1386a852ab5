/**
 * The gazetteer: loads the compiled index (building it first when it is missing or stale) and
 * answers name look-ups with scored candidates. One instance per process (`getGazetteer`).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Place } from '../model.js';
import { buildGazetteer, CACHE_FILE, DEMONYM, expectedSignature, type Header, PRIMARY } from './build.js';
import { findInTable } from './hash.js';
import { fold, keyOfFolded, nameSimilarity } from './normalise.js';
import { cacheDir } from './paths.js';
import { readShared } from '../shared-files.js';

// A name shared by more places than this ("Springfield") keeps its best matches and largest places.
const MAX_CANDIDATES = 40;

export interface Candidate {
  place: Place;
  /** 0..1: how well the name matches (1 the place's own name) */
  score: number;
  /** how it matched: its name, an alternate name, a demonym, or the transliteration key */
  via: 'name' | 'alternate' | 'demonym' | 'key';
  /** how many alternate names GeoNames gives the place: how widely it is written about */
  alternates?: number;
}

export class Gazetteer {
  private readonly ids: Int32Array;
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly pop: Float64Array;
  private readonly code: Uint16Array;
  private readonly cc: Uint16Array;
  private readonly a1: Uint16Array;
  private readonly alts: Uint16Array;
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly table: Int32Array;
  /** the names and keys sections stay UTF-8 bytes: decoding them whole dominated the load */
  private readonly nameBytes: Buffer;
  private readonly nameOffsets: Int32Array;
  private readonly keyBytes: Uint8Array;
  private readonly keyOffsets: Int32Array;
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
    this.alts = view('alternates', Uint16Array, 2);
    this.offsets = view('offsets', Int32Array, 4);
    this.postings = view('postings', Int32Array, 4);
    this.table = view('table', Int32Array, 4);
    const bytes = (name: string) => {
      const s = section(name);
      return buffer.subarray(base + s.offset, base + s.offset + s.bytes);
    };
    this.nameBytes = bytes('names');
    this.nameOffsets = view('nameOffsets', Int32Array, 4);
    this.keyBytes = bytes('keys');
    this.keyOffsets = view('keyOffsets', Int32Array, 4);
    this.places = new Array<Place | undefined>(this.header.count);
    for (let i = 0; i < this.header.count; i++) {
      const c = this.header.codes[this.code[i]];
      if (c === 'A.ADM1') this.regionIx.set(this.header.admin1s[this.a1[i]], i);
      else if (c === 'A.PCLI') this.regionIx.set(this.header.countries[this.cc[i]], i);
    }
  }

  get size(): number {
    return this.header.count;
  }

  private nameOf(i: number): string {
    return this.nameBytes.toString('utf8', this.nameOffsets[i], this.nameOffsets[i + 1] - 1);
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
        name: this.nameOf(i),
        featureClass,
        feature,
        country: this.header.countries[this.cc[i]],
        admin1,
        admin1Name: region !== undefined ? this.nameOf(region) : null,
        lat: Math.round(this.lat[i] * 1e5) / 1e5,
        lon: Math.round(this.lon[i] * 1e5) / 1e5,
        population: this.pop[i],
      };
      this.places[i] = p;
    }
    return p;
  }

  private find(key: string): number {
    return findInTable(this.table, this.keyBytes, this.keyOffsets, key);
  }

  private readonly memo = new Map<string, Candidate[]>();
  private readonly prefixMemo = new Map<string, boolean>();

  /** Is there any place whose folded name or key is this? (cheap test for recognition) */
  has(name: string): boolean {
    return this.lookup(name).length > 0;
  }

  /** Could a name of several words start with this word? Prunes the n-grams to look up. */
  startsName(word: string): boolean {
    let v = this.prefixMemo.get(word);
    if (v === undefined) {
      const f = fold(word);
      v = this.find('p' + f) >= 0 || this.find('q' + keyOfFolded(f)) >= 0;
      if (this.prefixMemo.size > 100_000) this.prefixMemo.clear();
      this.prefixMemo.set(word, v);
    }
    return v;
  }

  /** Candidates for a name, best match first; fuzzy (key) matches score below exact ones. */
  lookup(name: string): Candidate[] {
    let hit = this.memo.get(name);
    if (!hit) {
      hit = this.lookupUncached(name);
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(name, hit);
    }
    return hit;
  }

  /**
   * Candidates for a name inside one first-level region ("UA", "07"), however many namesakes the
   * name has elsewhere: "Oleksandrivka, Sumy" must reach the Sumy one among a hundred.
   */
  lookupWithin(name: string, country: string, admin1: string): Candidate[] {
    const a1 = this.header.admin1s.indexOf(`${country}.${admin1}`);
    if (a1 <= 0) return [];
    return this.lookupUncached(name, (i) => this.a1[i] === a1);
  }

  private lookupUncached(name: string, keep: (i: number) => boolean = () => true): Candidate[] {
    // score posting indexes first; build Place objects only for the best few
    const scores = new Map<number, [number, Candidate['via']]>();
    const folded = fold(name);
    const f = this.find('f' + folded);
    if (f >= 0) {
      for (let j = this.offsets[f]; j < this.offsets[f + 1]; j++) {
        const v = this.postings[j];
        if (!keep(v >> 2)) continue;
        const via: Candidate['via'] = v & DEMONYM ? 'demonym' : v & PRIMARY ? 'name' : 'alternate';
        const score = via === 'name' ? 1 : via === 'alternate' ? 0.97 : 0.95;
        const prev = scores.get(v >> 2);
        if (!prev || prev[0] < score) scores.set(v >> 2, [score, via]);
      }
    }
    const k = this.find('k' + keyOfFolded(folded));
    if (k >= 0) {
      for (let j = this.offsets[k]; j < this.offsets[k + 1]; j++) {
        const v = this.postings[j];
        const i = v >> 2;
        if (scores.has(i) || !keep(i)) continue;
        scores.set(i, [
          Math.min(0.93, 0.78 + 0.15 * nameSimilarity(name, this.nameOf(i))),
          v & DEMONYM ? 'demonym' : 'key',
        ]);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1][0] - a[1][0] || this.pop[b[0]] - this.pop[a[0]])
      .slice(0, MAX_CANDIDATES)
      .map(([i, [score, via]]) => ({ place: this.place(i), score, via, alternates: this.alts[i] }));
  }

  /** Populated places (feature class P), most populous first: built on first use. */
  private byPopulation: Int32Array | null = null;

  /**
   * The most populous settlements inside a box (west, south, east, north; west > east crosses
   * the antimeridian), at most `limit`, largest first: the basemap's labels.
   */
  largestWithin(west: number, south: number, east: number, north: number, limit: number): Place[] {
    if (!this.byPopulation) {
      const ix: number[] = [];
      for (let i = 0; i < this.header.count; i++) if (this.header.codes[this.code[i]]!.startsWith('P.')) ix.push(i);
      ix.sort((a, b) => this.pop[b]! - this.pop[a]! || this.ids[a]! - this.ids[b]!);
      this.byPopulation = Int32Array.from(ix);
    }
    const out: Place[] = [];
    const inLon = west <= east ? (x: number) => x >= west && x <= east : (x: number) => x >= west || x <= east;
    for (const i of this.byPopulation) {
      if (out.length >= limit) break;
      const lat = this.lat[i]!;
      if (lat < south || lat > north || !inLon(this.lon[i]!)) continue;
      out.push(this.place(i));
    }
    return out;
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

/** Where the compiled gazetteer is kept (built there when missing or stale). */
export const gazetteerFile = (): string => join(cacheDir(), CACHE_FILE);

/** Loads the compiled gazetteer, building it when missing or when a source has changed. */
export function loadGazetteer(): Gazetteer {
  const file = gazetteerFile();
  const current = (): Gazetteer | null => {
    if (!existsSync(file)) return null;
    // the article pool's threads share one copy (../shared-files.ts)
    const g = new Gazetteer(readShared(file));
    return g.header.signature === expectedSignature() ? g : null;
  };
  const ready = current();
  if (ready) return ready;
  // one process builds; others (parallel test workers, two CLI runs) wait for its file
  mkdirSync(cacheDir(), { recursive: true });
  const lock = `${file}.lock`;
  for (const deadline = Date.now() + 10 * 60_000; ;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      const stale = existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000;
      if (stale || Date.now() > deadline) {
        rmSync(lock, { force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      const built = current();
      if (built) return built;
    }
  }
  try {
    return current() ?? new Gazetteer(readFileSync(buildGazetteer(file)));
  } finally {
    rmSync(lock, { force: true });
  }
}

export function getGazetteer(): Gazetteer {
  instance ??= loadGazetteer();
  return instance;
}

/** Forget the loaded instance (after `gazetteer import`). */
export function resetGazetteer(): void {
  instance = null;
}
