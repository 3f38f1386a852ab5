/**
 * `npm run eval:acled [-- [--profile ID] FILE.csv…]`: reads ACLED's coded events with the coders'
 * notes (by default every `../shared/eval/events/acled-*-dev.csv`, one war each), analyses each
 * note as an article whose publication date is the event's date (read with the profile of its
 * places, or the one forced with --profile), and compares sitrep's reading with ACLED's coding:
 *
 * - with an event: the note gives at least one event;
 * - event_type / sub_event_type right: the note's first event (in text order) has ACLED's type;
 * - place within 25 km: the first event's place, or, when the note gives no event or an unplaced
 *   one, the note's best toponym (the same fallback as `eval:events`), is within 25 km of ACLED's
 *   coordinates;
 * - type and place: both of the above for the first event;
 * - actor1 right: the first event's actor1 is ACLED's, name for name (period suffix included);
 *   inter1 right: its ACLED inter code (src/export/inter.ts, with where the event is) is ACLED's.
 *
 * Prints the figures, the event_type and sub_event_type confusion, and the misplaced rows with
 * the place chosen; writes everything to `eval-results/acled-<file>.json`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { interOfEvent } from '../export/inter.js';
import { useProfile } from '../profiles/index.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distanceKm } from '../geo/distance.js';
import type { Article, EventMention, Place } from '../model.js';
import { analyseArticle } from '../pipeline.js';
import { parseCsv, placeOf } from './events.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eventsDir = resolve(root, '..', 'shared', 'eval', 'events');

interface AcledRow {
  id: string;
  date: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  inter1: number | null;
  location: string;
  admin1: string;
  lat: number;
  lon: number;
  notes: string;
}

/** The rows of an ACLED export that carry a note and coordinates. */
export function readAcled(text: string): AcledRow[] {
  const rows = parseCsv(text);
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const c = {
    id: col('event_id_cnty'),
    date: col('event_date'),
    type: col('event_type'),
    sub: col('sub_event_type'),
    actor1: col('actor1'),
    inter1: col('inter1'),
    location: col('location'),
    admin1: col('admin1'),
    lat: col('latitude'),
    lon: col('longitude'),
    notes: col('notes'),
  };
  if (c.notes < 0 || c.lat < 0 || c.lon < 0 || c.type < 0)
    throw new Error('not an ACLED export: notes, latitude, longitude or event_type column missing');
  const out: AcledRow[] = [];
  for (const r of rows.slice(1)) {
    const lat = Number(r[c.lat]);
    const lon = Number(r[c.lon]);
    const notes = (r[c.notes] ?? '').trim();
    if (!notes || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({
      id: r[c.id] ?? '',
      date: (r[c.date] ?? '').slice(0, 10),
      event_type: r[c.type] ?? '',
      sub_event_type: r[c.sub] ?? '',
      actor1: r[c.actor1] ?? '',
      inter1: c.inter1 >= 0 && /^\d+$/u.test(r[c.inter1] ?? '') ? Number(r[c.inter1]) : null,
      location: r[c.location] ?? '',
      admin1: r[c.admin1] ?? '',
      lat,
      lon,
      notes,
    });
  }
  return out;
}

interface AcledReading {
  row: AcledRow;
  event: EventMention | null;
  place: Place | null;
  km: number;
}

/** Analyses one note as an article dated on the event's day. */
export function readNote(row: AcledRow, profile?: string): AcledReading {
  const article: Article = {
    id: row.id,
    path: row.id,
    format: 'text',
    text: row.notes,
    title: null,
    url: null,
    outlet: null,
    published: /^\d{4}-\d{2}-\d{2}$/u.test(row.date) ? row.date : null,
    published_on_or_after: null,
    wire: [],
    language: 'en',
    duplicate_of: null,
    messages: [],
    ...(profile ? { profile: { id: profile, by: 'forced' as const } } : {}),
  };
  const a = analyseArticle(article);
  const event = [...(a.events ?? [])].sort((x, y) => x.trigger.start - y.trigger.start)[0] ?? null;
  const place = event?.location?.place ?? placeOf(a).place;
  const km = place ? distanceKm(place, { lat: row.lat, lon: row.lon }) : Infinity;
  return { row, event, place, km };
}

interface AcledScore {
  rows: number;
  withEvent: number;
  typeRight: number;
  subTypeRight: number;
  placed: number;
  within25: number;
  typeAndPlace: number;
  /** rows whose ACLED actor1 is named (not empty), and of those, named right by sitrep */
  withActor1: number;
  actor1Right: number;
  /** rows with an ACLED inter1, and of those, sitrep's first event's inter1 equal to it */
  withInter1: number;
  inter1Right: number;
  /** per ACLED event_type and sub_event_type: rows, rows with an event, rows typed right */
  byType: Record<string, { rows: number; found: number; right: number }>;
  bySubType: Record<string, { rows: number; found: number; right: number }>;
  /** "ACLED type → sitrep type" counts */
  confusion: Record<string, number>;
  subConfusion: Record<string, number>;
}

export function score(readings: AcledReading[]): AcledScore {
  const s: AcledScore = {
    rows: readings.length,
    withEvent: 0,
    typeRight: 0,
    subTypeRight: 0,
    placed: 0,
    within25: 0,
    typeAndPlace: 0,
    withActor1: 0,
    actor1Right: 0,
    withInter1: 0,
    inter1Right: 0,
    // keyed by the gold file's labels: no prototype, so no label finds one of Object's members
    byType: Object.create(null) as AcledScore['byType'],
    bySubType: Object.create(null) as AcledScore['bySubType'],
    confusion: Object.create(null) as AcledScore['confusion'],
    subConfusion: Object.create(null) as AcledScore['subConfusion'],
  };
  const bump = (m: Record<string, number>, k: string) => {
    m[k] = (m[k] ?? 0) + 1;
  };
  for (const { row, event, place, km } of readings) {
    const typeRight = event?.event_type === row.event_type;
    const subRight = event?.sub_event_type === row.sub_event_type;
    const within = km <= 25;
    if (event) s.withEvent++;
    if (typeRight) s.typeRight++;
    if (subRight) s.subTypeRight++;
    if (place) s.placed++;
    if (within) s.within25++;
    if (typeRight && within) s.typeAndPlace++;
    if (row.actor1) s.withActor1++;
    if (row.actor1 && event?.actor1 === row.actor1) s.actor1Right++;
    if (row.inter1 !== null) s.withInter1++;
    if (row.inter1 !== null && event && interOfEvent(event, 'actor1', event.location?.place?.country) === row.inter1)
      s.inter1Right++;
    const t = (s.byType[row.event_type] ??= { rows: 0, found: 0, right: 0 });
    t.rows++;
    if (event) t.found++;
    if (typeRight) t.right++;
    const st = (s.bySubType[row.sub_event_type] ??= { rows: 0, found: 0, right: 0 });
    st.rows++;
    if (event) st.found++;
    if (subRight) st.right++;
    bump(s.confusion, `${row.event_type} → ${event?.event_type ?? '(none)'}`);
    bump(s.subConfusion, `${row.sub_event_type} → ${event?.sub_event_type ?? '(none)'}`);
  }
  return s;
}

const pct = (n: number, d: number) => `${n} (${((n / Math.max(1, d)) * 100).toFixed(1)}%)`;

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--profile');
  const profile = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !profile) throw new Error('--profile needs a profile id or file');
  const forced = profile ? useProfile(profile) : undefined;
  const named = args.filter((x, i) => !x.startsWith('-') && !(at >= 0 && i === at + 1));
  const files = named.length
    ? named
    : existsSync(eventsDir)
      ? readdirSync(eventsDir)
          .filter((f) => /^acled-.*\.csv$/u.test(f))
          .sort()
          .map((f) => join(eventsDir, f))
      : [];
  if (!files.length) console.log(`eval:acled skipped: no ACLED files in ${eventsDir}`);
  for (const file of files) evaluate(file, forced);
}

function evaluate(file: string, profile: string | undefined): void {
  if (!existsSync(file)) {
    console.log(`eval:acled skipped: ${file} is absent`);
    return;
  }
  const rows = readAcled(readFileSync(file, 'utf8'));
  const readings: AcledReading[] = [];
  for (const row of rows) readings.push(readNote(row, profile));
  const s = score(readings);
  const n = s.rows;
  console.log(
    `eval:acled on ${basename(file)}${profile ? ` with --profile ${profile}` : ''}: ${n} notes with coordinates, each analysed as an article`,
  );
  console.log(`  with an event                 ${pct(s.withEvent, n)}`);
  console.log(`  event_type right              ${pct(s.typeRight, n)}`);
  console.log(`  sub_event_type right          ${pct(s.subTypeRight, n)}`);
  console.log(`  placed                        ${pct(s.placed, n)}`);
  console.log(`  place within 25 km            ${pct(s.within25, n)}`);
  console.log(`  type and place both right     ${pct(s.typeAndPlace, n)}`);
  console.log(`  actor1 right (of named)       ${pct(s.actor1Right, s.withActor1)}`);
  console.log(`  inter1 right (of coded)       ${pct(s.inter1Right, s.withInter1)}`);
  console.log('  by ACLED event_type (rows / with an event / typed right):');
  for (const [k, v] of Object.entries(s.byType).sort((x, y) => y[1].rows - x[1].rows))
    console.log(
      `    ${k.padEnd(36)} ${String(v.rows).padStart(4)}  ${(v.found / v.rows).toFixed(2)}  ${(v.right / v.rows).toFixed(2)}`,
    );
  console.log('  by ACLED sub_event_type (rows / with an event / sub-typed right):');
  for (const [k, v] of Object.entries(s.bySubType).sort((x, y) => y[1].rows - x[1].rows))
    console.log(
      `    ${k.padEnd(44)} ${String(v.rows).padStart(4)}  ${(v.found / v.rows).toFixed(2)}  ${(v.right / v.rows).toFixed(2)}`,
    );
  console.log('  event_type confusion (ACLED → sitrep), mismatches only:');
  for (const [k, v] of Object.entries(s.confusion).sort((x, y) => y[1] - x[1]))
    if (k.split(' → ')[0] !== k.split(' → ')[1]) console.log(`    ${String(v).padStart(4)}  ${k}`);
  console.log('  sub_event_type confusion (ACLED → sitrep), mismatches only, top 25:');
  for (const [k, v] of Object.entries(s.subConfusion)
    .filter(([k]) => k.split(' → ')[0] !== k.split(' → ')[1])
    .sort((x, y) => y[1] - x[1])
    .slice(0, 25))
    console.log(`    ${String(v).padStart(4)}  ${k}`);
  const misplaced = readings.filter((r) => r.km > 25);
  console.log(`  misplaced rows (${misplaced.length}; first 40): ACLED location → place chosen`);
  for (const r of misplaced.slice(0, 40))
    console.log(
      `    ${r.row.id} ${r.row.location} (${r.row.admin1}) → ${r.place ? `${r.place.name} (${r.place.country}${r.place.admin1Name ? `, ${r.place.admin1Name}` : ''}) ${Math.round(r.km)} km` : 'unplaced'}`,
    );
  mkdirSync(join(root, 'eval-results'), { recursive: true });
  const out = join('eval-results', `acled-${basename(file, '.csv').replace(/^acled-/u, '')}.json`);
  writeFileSync(
    join(root, out),
    JSON.stringify(
      {
        file: basename(file),
        ...s,
        misplaced: misplaced.map((r) => ({
          id: r.row.id,
          location: r.row.location,
          admin1: r.row.admin1,
          chosen: r.place
            ? `${r.place.name} (${r.place.country}, ${r.place.admin1Name ?? r.place.admin1 ?? ''})`
            : null,
          km: Number.isFinite(r.km) ? Math.round(r.km) : null,
          notes: r.row.notes,
        })),
        untyped: readings
          .filter((r) => r.event?.event_type !== r.row.event_type)
          .map((r) => ({
            id: r.row.id,
            acled: `${r.row.event_type} / ${r.row.sub_event_type}`,
            sitrep: r.event ? `${r.event.event_type} / ${r.event.sub_event_type}` : null,
            notes: r.row.notes,
          })),
      },
      null,
      1,
    ),
  );
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(`eval:acled crashed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  }
}
