/**
 * Resolution: picks one candidate per recognised toponym. Signals, each a small additive score:
 * name match, feature class and population (prior), the article's geographic focus (countries
 * and regions its other toponyms fall in), proximity to the other places it names, explicit
 * hierarchy ("Izium Raion, Kharkiv Oblast", "Nyeri, Kenya") and stated distances
 * ("35 kilometers from Kupiansk"). One name gets one sense per article.
 * Confidence is the winner's share of the candidates' softmax, lowered when a small village
 * lies far from everything else the article names (the likely case of a place cities500 lacks).
 */
import type { Place, ToponymMention } from '../model.js';
import { distanceKm } from './distance.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { nameKey, nameSimilarity } from './normalise.js';
import type { Recognised } from './recognise.js';

const ADMIN1_CUE = /^(region|oblast|province|governorate|krai|kray|okrug|voivodeship|prefecture|state|territory)$/;
const DEMONYM_FOCUS = 0.4;
const PROMINENCE = 0.3;
const FAR_FROM_REGION_KM = 150;
const DISTRICT_CUE = /^(county|district|raion|rayon|municipality)$/;

const FEATURE_PRIOR: ReadonlyMap<string, number> = new Map(
  Object.entries({
    PCLI: 2.5,
    CONT: 1.5,
    RGN: 1.0,
    ADM1: 1.3,
    PPLC: 1.8,
    PPLA: 0.6,
    PPLA2: 0.3,
    PPLA3: 0.15,
    PPLA4: 0.1,
    // a section of a city (a district, a former village swallowed by it) is meant mostly when the
    // city is named with it, which the hierarchy and proximity signals reward
    PPLX: -0.7,
  }),
);

interface Group {
  key: string;
  mentions: Recognised[];
  candidates: Candidate[];
  /** places that must contain this one (from "X, Y"), per mention */
  containers: Group[];
  /** stated distances: [other group, km] */
  distances: [Group, number][];
  /** "Metcalfe County", "Izium Raion": a second-level division the gazetteer has no record of */
  district: boolean;
  /** indexes of the mentions just before and after each mention, in the same sentence */
  neighbours: number[];
  best: Candidate | null;
  scores: number[];
  evidence: string[];
  confidence: number;
}

const isArea = (p: Place) => p.feature === 'PCLI' || p.feature === 'CONT' || p.feature === 'RGN';

function contains(container: Place, p: Place): boolean {
  if (container.feature === 'CONT') return true;
  if (container.feature === 'PCLI') return p.country === container.country;
  if (container.feature === 'ADM1') return p.country === container.country && p.admin1 === container.admin1;
  if (container.feature === 'RGN') return distanceKm(container, p) < 400;
  return distanceKm(container, p) < 30;
}

function groupKey(m: Recognised): string {
  const cue =
    m.regionCue && ADMIN1_CUE.test(m.regionCue)
      ? 'R'
      : m.regionCue && DISTRICT_CUE.test(m.regionCue)
        ? 'D'
        : m.settlementCue
          ? 'S'
          : '';
  return `${nameKey(m.name)}|${cue}`;
}

const SEAT_OR_REGION = /^(PPLA|PPLC|ADM1|RGN)$/;

function candidatesFor(m: Recognised, gazetteer: Gazetteer): Candidate[] {
  let cands = m.candidates;
  if (m.regionCue && ADMIN1_CUE.test(m.regionCue)) {
    const byId = new Map<number, Candidate>();
    // the oblast carries its seat's name ("Nikolayev Region" is the oblast of Mykolaiv city); an
    // oblast that merely holds a village of that name is read only when no seat or region bears it
    const named = cands.some((c) => SEAT_OR_REGION.test(c.place.feature));
    for (const c of cands) {
      let region: Place | undefined = c.place;
      let score = c.score;
      if (c.place.featureClass === 'P' && c.place.admin1) {
        region = gazetteer.region(c.place.country, c.place.admin1);
        if (!/^PPL(A|C)$/.test(c.place.feature)) {
          if (named) continue;
          score -= 0.3;
        }
      } else if (c.place.feature !== 'ADM1' && c.place.feature !== 'RGN') region = undefined;
      if (!region) continue;
      const prev = byId.get(region.geonameid);
      if (!prev || prev.score < score) byId.set(region.geonameid, { place: region, score, via: c.via });
    }
    if (byId.size) cands = [...byId.values()];
  } else if (m.settlementCue) {
    const settlements = cands.filter((c) => c.place.featureClass === 'P');
    if (settlements.length) cands = settlements;
  }
  return cands;
}

/** A town of this many people has no unknown namesake worth more than its own name (see below). */
const KNOWN_TOWN_POPULATION = 50_000;
/** What may stand between a place and the region that contains it: a comma or a bracket, after a district word. */
const CONTAINED_BY =
  /^\s*(?:(?:locality|district|county|township|municipality|sub-?district|raion|rayon|hromada|area|commune|division)\s*)?(?:,|\(|\[)\s*$/iu;
const DISTANCE =
  /^[\s,]*(?:[a-z]+\s+){0,4}?(?:about|some|around|roughly|nearly|almost|just|only)?\s*(\d[\d,.]*)\s*(kilometers|kilometres|km|miles|mi)\b[\s-]*(?:\(\s*\d[\d,.]*\s*(?:miles|mi|km)\s*\)\s*)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from|outside|away from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/i;

/** A resolved mention; `demonym` when the place was reached through a demonym ("Kenyan"). */
type Resolved = ToponymMention & { demonym?: boolean };

/** The article's groups, in order of first mention, and the group of each mention (in `found`'s order). */
interface Groups {
  all: Group[];
  groupOf: Group[];
}

/** One candidate's score as its signals add up, in a fixed order, and their reasons when asked for. */
interface Tally {
  s: number;
  evidence: string[] | null;
}

export function resolveAll(text: string, found: Recognised[], gazetteer: Gazetteer): Resolved[] {
  const article = groupMentions(found, gazetteer);
  linkNeighbours(text, found, article.groupOf);
  addNamesakesWithin(article.all, gazetteer);
  offerDistrictRegion(article.all, gazetteer);
  choose(article);
  placeInSentenceRegion(article.all);
  explain(article);
  placeInNamedRegion(article.all);
  const namesakes = countNamesakes(article.all);
  return found.map((m, i) => resolvedMention(m, article.groupOf[i], namesakes));
}

// one name gets one sense per article: its mentions share a group, and the group their candidates
function groupMentions(found: Recognised[], gazetteer: Gazetteer): Groups {
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  for (const m of found) {
    const key = groupKey(m);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        mentions: [],
        candidates: [],
        containers: [],
        distances: [],
        district: key.endsWith('|D'),
        neighbours: [],
        best: null,
        scores: [],
        evidence: [],
        confidence: 0,
      };
      groups.set(key, g);
    }
    g.mentions.push(m);
    for (const c of candidatesFor(m, gazetteer)) {
      const prev = g.candidates.find((x) => x.place.geonameid === c.place.geonameid);
      if (!prev) g.candidates.push({ ...c });
      else if (prev.score < c.score) Object.assign(prev, c);
    }
    groupOf.push(g);
  }
  return { all: [...groups.values()], groupOf };
}

// what neighbouring mentions say of each other: same sentence, hierarchy and stated distances
function linkNeighbours(text: string, found: Recognised[], groupOf: Group[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (a.sentence === b.sentence) {
      groupOf[i].neighbours.push(i + 1);
      groupOf[i + 1].neighbours.push(i);
    }
    const between = text.slice(a.end, b.start);
    // "Balakliia, Kharkiv Oblast," but not "Prague, U.S. Secretary …" (a new noun phrase)
    const after = text.slice(b.end, b.end + 3);
    // "Dublin [Gomel Region]", "Izium (Kharkiv Oblast)" say the same, and so does a coder's
    // "Tabit (Tawila locality, North Darfur state)": the district word ends the inner name
    if (CONTAINED_BY.test(between) && groupOf[i] !== groupOf[i + 1] && !/^\s\p{Lu}/u.test(after)) {
      groupOf[i].containers.push(groupOf[i + 1]);
    }
    const d = DISTANCE.exec(between);
    if (d) {
      let km = Number(d[1].replace(/,/g, ''));
      if (/^mi/i.test(d[2])) km *= 1.609;
      if (km > 0 && groupOf[i] !== groupOf[i + 1]) groupOf[i].distances.push([groupOf[i + 1], km]);
    }
  }
}

// "X, Y Oblast", "X, Y": the namesakes of X inside the regions Y may be, however many X has elsewhere
function addNamesakesWithin(all: Group[], gazetteer: Gazetteer): void {
  for (const g of all) {
    for (const h of g.containers) {
      for (const c of h.candidates) {
        if (c.place.feature !== 'ADM1' || !c.place.admin1) continue;
        for (const x of gazetteer.lookupWithin(g.mentions[0].name, c.place.country, c.place.admin1)) {
          if (x.via === 'demonym' || (x.via === 'key' && nameSimilarity(g.mentions[0].name, x.place.name) < 0.7))
            continue;
          if (!g.candidates.some((y) => y.place.geonameid === x.place.geonameid)) g.candidates.push(x);
        }
      }
    }
  }
}

// A district or county is not in the gazetteer: its namesake town is a guess. The first-level
// region most of the article's places lie in is offered too; it wins when no namesake is there.
function offerDistrictRegion(all: Group[], gazetteer: Gazetteer): void {
  const districts = all.filter((g) => g.district);
  if (!districts.length) return;
  const count = new Map<string, number>();
  for (const g of all) {
    const top = g.candidates[0]?.place;
    if (!g.district && top && top.admin1 && !isArea(top))
      count.set(`${top.country}.${top.admin1}`, (count.get(`${top.country}.${top.admin1}`) ?? 0) + g.mentions.length);
  }
  const best = [...count.entries()].sort((a, b) => b[1] - a[1])[0];
  const region = best && best[1] >= 2 ? gazetteer.region(best[0].slice(0, 2), best[0].slice(3)) : undefined;
  if (!region) return;
  for (const g of districts) {
    if (g.candidates.some((c) => c.place.country === region.country && c.place.admin1 === region.admin1)) continue;
    g.candidates.push({ place: region, score: 0.9, via: 'name' });
  }
}

// a candidate's score: what its name says alone (pass 0), then what the rest of the article says of it
function score(article: Groups, g: Group, c: Candidate, pass: number, evidence: string[] | null): number {
  const p = c.place;
  const t: Tally = { s: prior(g, c, evidence), evidence };
  addHierarchy(t, g, p);
  addStatedDistances(t, g, p);
  if (pass === 0) return t.s;
  addFocus(t, article.all, g, p);
  addNamedNextTo(t, article.groupOf, g, p);
  addSameSentence(t, article.all, g, p);
  addHoldsOthers(t, article.all, g, p);
  addProximity(t, article.all, g, p);
  return t.s;
}

// what a candidate is worth before the article is read: the name's match, the kind of place, its size
function prior(g: Group, c: Candidate, evidence: string[] | null): number {
  const p = c.place;
  // areas count as a city of a million: their summed population says little about usage
  const pop = isArea(p) || p.feature === 'ADM1' ? 1e6 : p.population;
  const feature =
    p.featureClass === 'P' && p.population >= 1e6
      ? Math.max(FEATURE_PRIOR.get(p.feature) ?? 0, 1.5)
      : (FEATURE_PRIOR.get(p.feature) ?? 0);
  // prominence: among the namesakes inside the region the text names, a village written about
  // in many languages (GeoNames keeps its names) is the one news more often means; population
  // says little there (most villages carry 0). Elsewhere population is the better prior, and
  // prominence would favour famous namesakes abroad.
  const constrained =
    p.featureClass === 'P' && g.containers.some((h) => h.best?.place.feature === 'ADM1' && contains(h.best.place, p));
  const prominence = constrained ? PROMINENCE * Math.log10((c.alternates ?? 0) + 1) : 0;
  const s = 4 * (c.score - 1) + feature + 0.3 * Math.log10(pop + 1) + prominence;
  if (evidence)
    evidence.push(
      `name ${c.via} ${c.score.toFixed(2)}`,
      `${p.feature}, population ${p.population}, ${c.alternates ?? 0} names in GeoNames`,
    );
  return s;
}

// "X, Y": a place inside the container the text names gains, one outside it loses
function addHierarchy(t: Tally, g: Group, p: Place): void {
  for (const h of g.containers) {
    if (!h.best) continue;
    if (contains(h.best.place, p)) {
      t.s += 2.5;
      t.evidence?.push(`within ${h.best.place.name}`);
    } else {
      // a place named with its region never resolves outside it when a namesake lies inside
      const held = h.best.place;
      t.s -= held.feature === 'ADM1' && g.candidates.some((c) => contains(held, c.place)) ? 20 : 1;
    }
  }
}

// "35 kilometers from Kupiansk": a candidate at about the stated distance gains, one far beyond it loses
function addStatedDistances(t: Tally, g: Group, p: Place): void {
  for (const [other, km] of g.distances) {
    if (!other.best || isArea(other.best.place)) continue;
    const d = distanceKm(p, other.best.place);
    if (Math.abs(d - km) <= Math.max(10, 0.35 * km)) {
      t.s += 2.5;
      t.evidence?.push(`${Math.round(d)} km from ${other.best.place.name} (stated ${Math.round(km)})`);
    } else if (d > 2 * km + 20) t.s -= 1;
  }
}

// focus: the share of the other toponyms in the same country / region
function addFocus(t: Tally, all: Group[], g: Group, p: Place): void {
  let weight = 0;
  let sameCountry = 0;
  let sameRegion = 0;
  // "Kenyan forces", "Chilean troops": a demonym names an actor more often than where the
  // story happens, and counts for little of the focus
  let demonyms = 0;
  let sameDemonym = 0;
  for (const o of all) {
    if (o === g || !o.best) continue;
    const q = o.best.place;
    const w = o.mentions.length * o.confidence;
    if (o.best.via === 'demonym') {
      demonyms += w;
      if (q.country === p.country) sameDemonym += w;
      continue;
    }
    weight += w;
    if (q.country && q.country === p.country) sameCountry += w;
    if (q.admin1 && q.admin1 === p.admin1 && q.country === p.country) sameRegion += w;
  }
  if (weight > 0) {
    t.s += 1.5 * (sameCountry / weight) + 0.8 * (sameRegion / weight);
    if (t.evidence && sameCountry > 0)
      t.evidence.push(`country ${p.country} is the article's focus (${Math.round((100 * sameCountry) / weight)}%)`);
  }
  if (demonyms > 0) {
    t.s += DEMONYM_FOCUS * (sameDemonym / demonyms);
    if (t.evidence && sameDemonym > 0) t.evidence.push(`${p.country} named by a demonym`);
  }
}

// neighbours in a list of places lie near each other: "outside Lysychansk and Lyman"
function addNamedNextTo(t: Tally, groupOf: Group[], g: Group, p: Place): void {
  for (const j of g.neighbours) {
    const o = groupOf[j];
    if (o === g || !o.best || isArea(o.best.place) || o.best.place.feature === 'ADM1') continue;
    if (distanceKm(p, o.best.place) < 75) {
      t.s += 0.6;
      t.evidence?.push(`near ${o.best.place.name}, named next to it`);
      break;
    }
  }
}

// the same sentence: "near Shevchenke, also in the Kharkiv region", "outside Lyman and Lysychansk"
function addSameSentence(t: Tally, all: Group[], g: Group, p: Place): void {
  let inRegion = false;
  let sentenceNear = false;
  for (const o of all) {
    if (o === g || !o.best || !o.mentions.some((m) => g.mentions.some((x) => x.sentence === m.sentence))) continue;
    const q = o.best.place;
    if ((q.feature === 'ADM1' || q.feature === 'RGN') && contains(q, p) && p.feature !== 'ADM1') inRegion = true;
    else if (!isArea(q) && q.feature !== 'ADM1' && distanceKm(p, q) < 100) sentenceNear = true;
  }
  if (inRegion) {
    t.s += 1;
    t.evidence?.push('within a region named in the same sentence');
  }
  if (sentenceNear) {
    t.s += 0.7;
    t.evidence?.push('near a place named in the same sentence');
  }
}

// a country or region holding the other places named gets what proximity gives a town
function addHoldsOthers(t: Tally, all: Group[], g: Group, p: Place): void {
  if (p.feature !== 'PCLI' && p.feature !== 'ADM1') return;
  if (
    all.some(
      (o) =>
        o !== g &&
        o.best &&
        o.confidence > 0.3 &&
        !isArea(o.best.place) &&
        o.best.place.feature !== 'ADM1' &&
        contains(p, o.best.place),
    )
  ) {
    t.s += 1;
    t.evidence?.push('holds other places named in the article');
  }
}

// proximity: a town near the other places the article names (demonyms left out) is likelier the one meant
function addProximity(t: Tally, all: Group[], g: Group, p: Place): void {
  if (isArea(p) || p.feature === 'ADM1') return;
  let nearest = Infinity;
  for (const o of all) {
    if (o === g || !o.best || o.best.via === 'demonym') continue;
    const q = o.best.place;
    if (!isArea(q) && q.feature !== 'ADM1' && o.confidence > 0.3) nearest = Math.min(nearest, distanceKm(p, q));
  }
  const near = nearest < 30 ? 1 : nearest < 100 ? 0.8 : nearest < 250 ? 0.5 : nearest < 600 ? 0.2 : 0;
  t.s += near;
  if (t.evidence && near > 0) t.evidence.push(`${Math.round(nearest)} km from another place in the article`);
}

// each group takes its best-scoring candidate; three passes, so that each reads the others' latest choices
function choose(article: Groups): void {
  for (let pass = 0; pass < 3; pass++) {
    for (const g of article.all) {
      if (!g.candidates.length) continue;
      g.scores = g.candidates.map((c) => score(article, g, c, pass, null));
      let bi = 0;
      for (let i = 1; i < g.scores.length; i++) if (g.scores[i] > g.scores[bi]) bi = i;
      g.best = g.candidates[bi];
      const max = g.scores[bi];
      const z = g.scores.reduce((sum, s) => sum + Math.exp(2 * (s - max)), 0);
      g.confidence = Math.min(0.99, (1 / z) * Math.min(1, g.best.score + 0.05));
    }
  }
}

// a settlement the gazetteer lacks falls back to the region the same sentence names
function placeInSentenceRegion(all: Group[]): void {
  for (const g of all) {
    if (g.candidates.length) continue;
    g.evidence = ['not in the gazetteer'];
    for (const o of all) {
      const q = o.best?.place;
      if (!q || (q.feature !== 'ADM1' && q.feature !== 'RGN')) continue;
      if (!o.mentions.some((m) => g.mentions.some((x) => x.sentence === m.sentence))) continue;
      g.best = { place: q, score: 0, via: 'name' };
      g.confidence = 0.3;
      g.evidence.push(`placed in ${q.name}, the region named in the same sentence`);
      break;
    }
  }
}

// the reasons for each choice, as the user reads them, and a doubt on lone villages
function explain(article: Groups): void {
  for (const g of article.all) {
    if (!g.best || !g.candidates.length) continue;
    g.evidence = [];
    score(article, g, g.best, 1, g.evidence);
    doubtLoneVillage(article.all, g, g.best.place);
  }
}

// a small village far from every other place named is most likely a namesake of a
// place the gazetteer lacks
function doubtLoneVillage(all: Group[], g: Group, p: Place): void {
  if (!(p.featureClass === 'P' && p.population < 20000)) return;
  // capitals are left out: "Kyiv said" names a government, not a place near the village
  let nearest = Infinity;
  let others = 0;
  for (const o of all) {
    if (
      o === g ||
      !o.best ||
      isArea(o.best.place) ||
      o.best.place.feature === 'ADM1' ||
      o.best.place.feature === 'PPLC'
    )
      continue;
    others++;
    nearest = Math.min(nearest, distanceKm(p, o.best.place));
  }
  if (others > 0 && nearest > 150) {
    g.confidence *= 0.35;
    g.evidence.push(
      `far (${Math.round(nearest)} km) from every other place named: possibly a place the gazetteer lacks`,
    );
  }
}

// "Bohdanivka, Kyiv Oblast" with no Bohdanivka in that oblast: the village is one the
// gazetteer lacks, and the region the text names is the honest answer
function placeInNamedRegion(all: Group[]): void {
  for (const g of all) {
    const p = g.best?.place;
    if (!p || p.featureClass !== 'P') continue;
    // admin1 codes alone are not enough: cities with their own code (Sevastopol, Kyiv) and
    // towns the text puts in a neighbouring oblast lie near it
    const region = g.containers
      .map((h) => h.best?.place)
      .find((q) => q?.feature === 'ADM1' && !contains(q, p) && distanceKm(q, p) > FAR_FROM_REGION_KM);
    if (!region) continue;
    // a town this size is known by its name: a region that disagrees is more likely a slip of
    // the writer ("Atbara, White Nile state") than a namesake the gazetteer lacks
    if (p.population >= KNOWN_TOWN_POPULATION && g.candidates.filter((c) => c.place.featureClass === 'P').length === 1)
      continue;
    g.best = { place: region, score: 0, via: 'name' };
    g.confidence = 0.3;
    g.evidence.push(`no ${p.name} in ${region.name} in the gazetteer: placed in the region the text names`);
  }
}

// "Fedorivka, Donetsk region": the text puts the place in a region; how many places of that
// name the region holds says how far the pin can be trusted
function countNamesakes(all: Group[]): Map<Group, number> {
  const namesakes = new Map<Group, number>();
  for (const g of all) {
    const p = g.best?.place;
    if (!p || p.featureClass === 'A') continue;
    const region = g.containers
      .map((h) => h.best?.place)
      .find((q) => q && (q.feature === 'ADM1' || q.feature === 'PCLI') && contains(q, p));
    if (!region) continue;
    const n = g.candidates.filter((c) => c.place.featureClass === p.featureClass && contains(region, c.place)).length;
    namesakes.set(g, n);
    if (n > 1) g.evidence.push(`one of ${n} places named ${g.mentions[0].name} in ${region.name}`);
  }
  return namesakes;
}

// each mention takes its group's choice, as the stage reports it
function resolvedMention(m: Recognised, g: Group, namesakes: Map<Group, number>): Resolved {
  const n = namesakes.get(g);
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    place: g.best?.place ?? null,
    confidence: g.best ? Math.round(g.confidence * 1000) / 1000 : 0,
    evidence: g.evidence,
    ...(n ? { namesakes: n } : {}),
    ...(g.best?.via === 'demonym' ? { demonym: true } : {}),
  };
}
