/**
 * `npm run eval:events`: geolocates and types each event of the CIR conflict-events table
 * (`../shared/eval/events/*.csv`: title, description, date, recorded coordinates) from its title
 * and description alone, running the article stages with the event's date as publication date.
 * Reports the share placed within 25 km of the recorded coordinates over the events whose text
 * names their town (the `town/city` column found in the title or description, transliteration
 * aside), the bar being 85%, plus the share over all events and the event types found.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCountryLevel, isRegion } from '../events/location.js';
import { distanceKm } from '../geo/distance.js';
import { fold, nameKey } from '../geo/normalise.js';
import { textArticle, type Article, type Place } from '../model.js';
import { analyseArticle } from '../pipeline.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = resolve(root, '..', 'shared', 'eval', 'events');

/** RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x.trim()));
}

/** Does the text name the town (its name key among the text's word n-grams)? */
export function namesTown(text: string, town: string): boolean {
  const key = nameKey(town);
  if (!key) return false;
  const words = fold(text).split(' ');
  const n = key.split(' ').length;
  for (let i = 0; i + n <= words.length; i++) if (nameKey(words.slice(i, i + n).join(' ')) === key) return true;
  return false;
}

/** Where sitrep places a record: its first event's place, else its most confident place below country level. */
export function placeOf(a: Article): { place: Place | null; via: 'event' | 'toponym' | null } {
  const e =
    (a.events ?? []).find((x) => x.location?.place && x.geo_precision < 3) ??
    (a.events ?? []).find((x) => x.location?.place);
  if (e?.location?.place) return { place: e.location.place, via: 'event' };
  // a place after "in", "near", "at", "outside" … is where things happen; a capitalised word at
  // the head of a title ("Market complex in X") is more often a common noun
  const locative = (x: { start: number }) =>
    /\b(?:in|near|at|outside|around|of|from|on|into|towards?|over)\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu.test(
      a.text.slice(Math.max(0, x.start - 20), x.start),
    );
  const t = (a.toponyms ?? [])
    .filter((x) => x.place && !isCountryLevel(x.place))
    .sort(
      (x, y) =>
        Number(locative(y)) - Number(locative(x)) ||
        Number(isRegion(x.place!)) - Number(isRegion(y.place!)) ||
        y.confidence - x.confidence,
    )[0];
  return t?.place ? { place: t.place, via: 'toponym' } : { place: null, via: null };
}

function main(): void {
  if (!existsSync(dir)) {
    console.log(`eval:events skipped: ${dir} is absent`);
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  let total = 0;
  let named = 0;
  let namedWithin = 0;
  let allWithin = 0;
  let namedPlaced = 0;
  let viaEvent = 0;
  const types = new Map<string, number>();
  const misses: string[] = [];
  const errors: number[] = [];
  for (const f of files) {
    const rows = parseCsv(readFileSync(join(dir, f), 'utf8'));
    const header = rows[0].map((h) => h.trim().toLowerCase());
    const col = (name: string) => header.indexOf(name);
    const [cTitle, cDesc, cDate, cLat, cLon, cTown] = [
      'title',
      'brief description',
      'date',
      'lat',
      'lon',
      'town/city',
    ].map(col);
    for (const r of rows.slice(1)) {
      const lat = Number(r[cLat]);
      const lon = Number(r[cLon]);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) continue;
      const title = (r[cTitle] ?? '').replace(/^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*/u, '').trim();
      const desc = (r[cDesc] ?? '').trim();
      const text = desc && desc !== title ? `${title}.\n${desc}` : title;
      if (!text) continue;
      total++;
      const date = /^\d{4}-\d{2}-\d{2}/u.test(r[cDate] ?? '') ? r[cDate].slice(0, 10) : null;
      const article = textArticle(text, `${f}#${total}`, { published: date });
      const a = analyseArticle(article);
      for (const e of a.events ?? [])
        types.set(
          `${e.event_type} / ${e.sub_event_type}`,
          (types.get(`${e.event_type} / ${e.sub_event_type}`) ?? 0) + 1,
        );
      const { place, via } = placeOf(a);
      if (via === 'event') viaEvent++;
      const km = place ? distanceKm(place, { lat, lon }) : Infinity;
      if (km <= 25) allWithin++;
      const town = (r[cTown] ?? '').trim();
      if (town && namesTown(text, town)) {
        named++;
        if (place) namedPlaced++;
        if (km <= 25) namedWithin++;
        else if (misses.length < 40)
          misses.push(
            `${town} → ${place ? `${place.name} (${place.country}) ${Math.round(km)} km` : 'unplaced'}: ${text.slice(0, 90).replace(/\n/gu, ' ')}`,
          );
        if (Number.isFinite(km)) errors.push(km);
      }
    }
  }
  errors.sort((x, y) => x - y);
  const share = named ? namedWithin / named : 0;
  console.log(`eval:events on ${files.join(', ')}`);
  console.log(`  records with coordinates        ${total}`);
  console.log(`  records whose text names a town ${named}`);
  console.log(
    `  … placed                        ${namedPlaced} (${((namedPlaced / Math.max(1, named)) * 100).toFixed(1)}%)`,
  );
  console.log(
    `  … within 25 km                  ${namedWithin} (${(share * 100).toFixed(1)}%)   bar ≥ 85%: ${share >= 0.85 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  … median error                  ${errors.length ? errors[Math.floor(errors.length / 2)].toFixed(1) : '-'} km`,
  );
  console.log(
    `  all records within 25 km        ${allWithin} (${((allWithin / Math.max(1, total)) * 100).toFixed(1)}%)`,
  );
  console.log(`  records with an ACLED event     ${viaEvent}`);
  console.log('  event types found:');
  for (const [t, n] of [...types].sort((x, y) => y[1] - x[1])) console.log(`    ${String(n).padStart(5)}  ${t}`);
  console.log('  first misses:');
  for (const m of misses.slice(0, 25)) console.log(`    ${m}`);
  mkdirSync(join(root, 'eval-results'), { recursive: true });
  writeFileSync(
    join(root, 'eval-results', 'events.json'),
    JSON.stringify(
      { total, named, namedPlaced, namedWithin, share, allWithin, viaEvent, types: Object.fromEntries(types), misses },
      null,
      1,
    ),
  );
  console.log(`wrote ${join('eval-results', 'events.json')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(`eval:events crashed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  }
}
