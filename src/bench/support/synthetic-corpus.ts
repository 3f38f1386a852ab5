/**
 * A generated corpus of any size for the server bench and the page's scale test: articles of
 * template sentences, fused events spread over a region and a season, each with one to three
 * reports, a few disputes and a series. Deterministic (seeded), so every run measures the same data.
 */
import type { Article, Corpus, Dispute, EventMention, FusedEvent, Place } from '../../model.js';

const TYPES: [FusedEvent['event_type'], string, string][] = [
  ['Battles', 'Armed clash', 'clashed'],
  ['Battles', 'Government regains territory', 'retook'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'shelled'],
  ['Explosions/Remote violence', 'Air/drone strike', 'struck'],
  ['Violence against civilians', 'Attack', 'attacked'],
  ['Strategic developments', 'Other', 'withdrew from'],
];
// prettier-ignore
const OUTLETS = ['Kharkiv Courier', 'Evening Dispatch', 'Wire Monitor', 'Steppe Herald', 'Morning Ledger', 'Border Post', 'Daily Relay', 'Field Report'];
// who said it, as the sentence writes it and as the report names the claimant
const CLAIMANTS: [string, FusedEvent['reports'][number]['claimant']][] = [
  ['the General Staff', 'General Staff'],
  ['the Defence Ministry', 'Ministry of Defence'],
  ['the regional governor', 'regional governor'],
  ['residents', 'residents'],
];
const STATUSES: FusedEvent['status'][] = ['reported', 'claimed', 'disputed', 'hedged'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCorpus(events: number, seed = 7): Corpus {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const day0 = Date.parse('2022-03-01');
  const places: Place[] = Array.from({ length: 400 }, (_, i) => ({
    geonameid: 9_000_000 + i,
    name: `Place ${i + 1}`,
    featureClass: 'P',
    feature: 'PPL',
    country: 'UA',
    admin1: null,
    lat: 46.5 + r() * 5,
    lon: 31 + r() * 9,
    population: Math.round(500 + r() * 50000),
  }));
  const articles: Article[] = [];
  const fused: FusedEvent[] = [];
  for (let i = 0; i < events; i++) {
    const [event_type, sub_event_type, verb] = pick(TYPES);
    const place = pick(places);
    const date = new Date(day0 + Math.floor(r() * 240) * 86_400_000).toISOString().slice(0, 10);
    const n = 1 + Math.floor(r() * 3);
    const reports: FusedEvent['reports'] = [];
    const outlets = new Set<string>();
    for (let k = 0; k < n; k++) {
      const outlet = pick(OUTLETS);
      const [source, claimant] = pick(CLAIMANTS);
      const sentence = `Forces ${verb} ${place.name} on ${date}, ${source} said.`;
      const id = `syn${String(i).padStart(6, '0')}${k}`;
      const start = sentence.indexOf(place.name);
      const mention: EventMention = {
        id: `${id}-m`,
        articleId: id,
        sentence: { start: 0, end: sentence.length, text: sentence },
        trigger: { start: 7, end: 7 + verb.length, text: verb },
        event_type,
        sub_event_type,
        actor1: null,
        actor2: null,
        location: { start, end: start + place.name.length, text: place.name, place, confidence: 0.8 },
        geo_precision: 1,
        date,
        time_precision: 1,
        fatalities: null,
        injured: null,
        claimId: null,
        claimant,
        hedge: null,
      };
      articles.push({
        id,
        path: `synthetic/${id}.txt`,
        format: 'text',
        text: sentence,
        title: `${sub_event_type} in ${place.name}`,
        url: null,
        outlet,
        published: date,
        published_on_or_after: null,
        wire: [],
        language: 'en',
        duplicate_of: null,
        messages: [],
        toponyms: [mention.location!],
        events: [mention],
      });
      outlets.add(outlet);
      reports.push({
        articleId: id,
        path: `synthetic/${id}.txt`,
        outlet,
        mentionId: mention.id,
        sentence: mention.sentence,
        claimant,
        hedge: null,
        date,
      });
    }
    fused.push({
      id: `E${i + 1}`,
      event_type,
      sub_event_type,
      actor1: null,
      actor2: null,
      place,
      location: place.name,
      geo_precision: 1,
      date,
      time_precision: 1,
      fatalities: r() < 0.2 ? Math.floor(r() * 10) : null,
      injured: null,
      reports,
      outlets: [...outlets],
      corroboration: outlets.size,
      firstReported: date,
      lastReported: date,
      disagreements: [],
      status: pick(STATUSES),
      confidence: Math.round(r() * 100) / 100,
      notes: `${sub_event_type} in ${place.name}.`,
    });
  }
  const claimOf = (e: FusedEvent, value?: number) => ({
    articleId: e.reports[0]!.articleId,
    path: e.reports[0]!.path,
    claimId: null,
    speaker: e.reports[0]!.claimant,
    date: e.date,
    span: e.reports[0]!.sentence,
    ...(value === undefined ? {} : { value }),
  });
  const disputes: Dispute[] = [];
  for (let i = 0; i + 1 < Math.min(fused.length, 40); i += 2) {
    disputes.push({
      id: `D${i / 2 + 1}`,
      kind: 'contradiction',
      topic: `control of ${fused[i]!.location}`,
      claims: [claimOf(fused[i]!), claimOf(fused[i + 1]!)],
    });
  }
  if (fused.length >= 5) {
    disputes.push({
      id: 'S1',
      kind: 'series',
      topic: 'territory regained (km²)',
      claims: fused.slice(0, 5).map((e, k) => claimOf(e, (k + 1) * 300)),
    });
  }
  return { articles, entities: [], events: fused, disputes, checks: [] };
}
