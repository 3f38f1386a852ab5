/**
 * Conflict profiles, compiled for the stages. A `Knowledge` answers what the stages ask of a war's
 * parties: which side a word names (a demonym, a capital's possessive, an institution), the ACLED actor name of a
 * side's forces on a date, whom a side fights, which sides are parties (their claims are claims),
 * what an installed administration's statements count for.
 *
 * Every profile's names are known in every article (a report from one war may mention another's
 * mercenaries), with the article's own profile first; the epithets a side's media use for the
 * other ("occupiers", "the junta") only within the article's own profile, where they are not
 * ambiguous. With no profile for the article's country (`generic`), actors are named by
 * nationality: "Ethiopian troops" act for Ethiopia, coded "Military Forces of Ethiopia".
 * `--profile ID` forces one profile and no other.
 */
import { readFileSync } from 'node:fs';
import { countriesFile } from '../geo/paths.js';
import { readProfile, bundledProfiles, userProfileFiles } from './load.js';
import type { ActorName, ArticleProfile, ConflictProfile, ProfileSide } from './profile.js';

export type { ActorName, ArticleProfile, ConflictProfile, ProfileSide } from './profile.js';
export { checkProfile, readProfile, ProfileError, PROFILE_DIR, SCHEMA_FILE } from './load.js';

export const GENERIC = 'generic';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English short name of a country (Intl's, so no table here names one). */
export function countryName(iso2: string): string {
  try {
    return regionNames.of(iso2.toUpperCase()) ?? iso2;
  } catch {
    return iso2;
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const alternation = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const lower = (s: string): string => s.toLowerCase().replace(/’/g, "'");
/**
 * What a person is called on second mention: every listed variant, and the last word of the usual
 * spelling when it is long enough to be a surname (not a particle of a name without one: "La").
 */
export const surnames = (p: { name: string; variants?: string[] }): string[] => {
  const last = p.name.split(/\s+/u).at(-1)!;
  return [...(last.length >= 4 ? [last] : []), ...(p.variants ?? [])];
};

/** The name in force on a date (ISO), else the latest-starting open one. */
export function nameOn(names: ActorName[] | undefined, date?: string | null): string | null {
  if (!names?.length) return null;
  if (date) {
    const day = date.slice(0, 10);
    const hit = names.find((n) => (!n.from || n.from <= day) && (!n.to || day <= n.to));
    if (hit) return hit.name;
  }
  const open = names.filter((n) => !n.to);
  const pool = open.length ? open : names;
  return [...pool].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0]!.name;
}

/** One family of words that tie a mention to a side; `re` finds the supporting words. */
export interface SideRule {
  side: string;
  /** installed administrations: their words outrank a country's ("the Moscow-installed governor") */
  specific: boolean;
  re: RegExp;
}

interface SideEntry {
  side: ProfileSide;
  profile: ConflictProfile;
  /** ISO country for a state side, else the side's id: how events name who acts */
  key: string;
}

export class Knowledge {
  readonly sides = new Map<string, SideEntry>();
  private readonly byKey = new Map<string, SideEntry>();
  private readonly words = new Map<string, string>();
  private readonly namesAndSeats = new Set<string>();
  private readonly epithetPhrases: [RegExp, string][] = [];
  private readonly epithetWords = new Set<string>();
  readonly sideRules: SideRule[] = [];
  readonly seatsOfPower = new Map<string, { canonical: string; side: string }>();
  readonly countryForms = new Map<string, string>();
  readonly countryAdjective = new Map<string, string>();
  readonly countrySide = new Map<string, string>();
  readonly acronyms = new Map<string, { canonical: string; side: string; kind: 'organization' | 'group' }>();
  /** names of sides' forces and named armed groups, for the families that need an armed perpetrator */
  readonly armedWords: string[] = [];
  /** the words that say a place is run by an installed administration */
  readonly installedWords: string[] = [];
  private readonly forcesNames = new Map<string, string>();

  constructor(
    /** the profiles known, the article's own first */
    readonly profiles: ConflictProfile[],
    /** the article's own profile, or null */
    readonly primary: ConflictProfile | null,
    /** the article lies where no profile applies: actors are named by nationality */
    readonly generic = false,
  ) {
    for (const profile of profiles) for (const side of profile.sides) this.addSide(side, profile);
    for (const profile of profiles) {
      for (const o of profile.organisations ?? []) {
        if (!this.acronyms.has(o.acronym))
          this.acronyms.set(o.acronym, { canonical: o.canonical, side: o.side, kind: o.kind ?? 'organization' });
        this.armedWords.push(o.acronym);
      }
      for (const g of profile.armedGroups ?? []) this.armedWords.push(...g.names);
    }
    for (const entry of this.sides.values()) if (entry.side.installedBy) this.addInstalled(entry);
    for (const entry of this.sides.values()) if (!entry.side.installedBy) this.addStateRule(entry);
    for (const side of primary?.sides ?? []) {
      const key = this.sides.get(side.id)!.key;
      for (const e of side.epithets ?? []) {
        if (/\s/u.test(e)) this.epithetPhrases.push([new RegExp(`\\b(?:${escape(e)})\\b`, 'iu'), key]);
        else if (!this.words.has(lower(e))) {
          this.words.set(lower(e), key);
          this.epithetWords.add(lower(e));
        }
      }
    }
  }

  private addSide(side: ProfileSide, profile: ConflictProfile): void {
    if (this.sides.has(side.id)) return;
    const key = side.country ?? side.id;
    const entry = { side, profile, key };
    this.sides.set(side.id, entry);
    if (!this.byKey.has(key)) this.byKey.set(key, entry);
    const patron = side.installedBy ? this.sideKey(side.installedBy, profile) : key;
    const put = (w: string, k = patron): void => {
      if (!this.words.has(lower(w))) this.words.set(lower(w), k);
    };
    for (const n of side.names) {
      put(n);
      put(`${n}'s`);
      this.namesAndSeats.add(lower(n)).add(lower(`${n}'s`));
    }
    for (const s of side.seats ?? []) {
      put(s);
      put(`${s}'s`);
      this.namesAndSeats.add(lower(s)).add(lower(`${s}'s`));
    }
    for (const d of side.demonyms ?? []) {
      put(d);
      put(`pro-${d}`);
    }
    for (const w of [...(side.institutions ?? []), ...(side.affiliates ?? [])]) put(w);
    for (const p of side.leaders ?? []) for (const s of surnames(p)) put(`${s}'s`);
    if (!side.installedBy) {
      for (const w of [
        ...(side.demonyms ?? []),
        ...side.names.filter((n) => !/\s/u.test(n)),
        ...(side.seats ?? []),
        ...(side.institutions ?? []),
      ]) {
        for (const how of ['installed', 'backed', 'appointed']) put(`${w}-${how}`);
      }
    }
    for (const f of side.forces ?? []) this.forcesNames.set(f.name, key);
    if (side.country && !side.installedBy) {
      const name = side.names[0]!;
      for (const n of side.names) {
        this.countryForms.set(lower(n), name).set(lower(`${n}'s`), name);
        if (/\s/u.test(n)) this.countryForms.set(lower(`the ${n}`), name);
      }
      for (const d of side.demonyms ?? []) this.countryForms.set(lower(d), name);
      if (side.demonyms?.length) this.countryAdjective.set(name, side.demonyms[0]!);
      this.countrySide.set(name, side.id);
      for (const s of side.seats ?? [])
        this.seatsOfPower.set(lower(s), { canonical: `Government of ${name}`, side: side.id });
      for (const i of side.institutions ?? []) {
        if (/\s/u.test(i) || this.seatsOfPower.has(lower(i))) continue;
        this.seatsOfPower
          .set(lower(i), { canonical: i, side: side.id })
          .set(lower(`the ${i}`), { canonical: i, side: side.id });
      }
    }
    this.armedWords.push(...side.names, ...(side.demonyms ?? []), ...(side.affiliates ?? []));
  }

  private sideKey(id: string, profile: ConflictProfile): string {
    const s = profile.sides.find((x) => x.id === id);
    return s?.country ?? id;
  }

  /** The words of a side as a regex alternation: demonyms, names, seats, institutions. */
  private patronWords(side: ProfileSide): string[] {
    return [...(side.demonyms ?? []), ...side.names, ...(side.seats ?? []), ...(side.institutions ?? [])];
  }

  private addInstalled(entry: SideEntry): void {
    const patron = this.sides.get(entry.side.installedBy!)?.side;
    if (!patron) return;
    const words = alternation(this.patronWords(patron));
    const own = alternation([...entry.side.names, ...(entry.side.institutions ?? [])]);
    const source = `\\b(?:${words})[- ](?:installed|appointed|backed)\\b|\\b(?:installed|set up|appointed) by (?:the )?(?:${words})\\b|\\b(?:${own})\\b`;
    this.sideRules.push({ side: entry.side.id, specific: true, re: new RegExp(source, 'i') });
    this.installedWords.push(
      `\\b(?:${words})[- ](?:installed|appointed|backed)\\b`,
      `\\bpro-(?:${alternation(patron.demonyms ?? [])})\\b`,
      `\\b(?:${own})\\b`,
    );
  }

  private addStateRule(entry: SideEntry): void {
    const s = entry.side;
    const parts = [
      ...(s.demonyms ?? []).map((d) => `\\b${escape(d)}\\b`),
      ...s.names.filter((n) => /\s/u.test(n)).map((n) => `\\b${escape(n)}\\b`),
      ...s.names.map((n) => `\\b${escape(n)}['’]s\\b`),
      ...s.names.map((n) => `\\bof ${escape(n)}\\b`),
      ...(s.seats ?? []).map((n) => `\\b${escape(n)}['’]s\\b`),
      ...(s.institutions ?? []).map((n) => `\\b${escape(n)}\\b`),
    ];
    if (parts.length) this.sideRules.push({ side: s.id, specific: false, re: new RegExp(parts.join('|')) });
  }

  /** The side key a word names (a demonym, "<capital>'s", "pro-<demonym>", an epithet such as "occupiers"), or null. */
  sideWord(word: string): string | null {
    return this.words.get(lower(word)) ?? (this.generic ? this.nationality(word) : null);
  }

  /** With no profile: a country's own name or adjective ("Ethiopian", "Ethiopia's"). */
  private nationality(word: string): string | null {
    return nationalities().get(lower(word).replace(/'s$/u, '')) ?? null;
  }

  /** A country's or side's name or seat ("<country>", "<capital>'s"), which may stand alone as subject. */
  isNameOrSeat(word: string): boolean {
    return this.namesAndSeats.has(lower(word));
  }

  /** A word the article's profile gives one side's media for the other ("occupiers"): a subject on its own. */
  isEpithet(word: string): boolean {
    return this.epithetWords.has(lower(word));
  }

  /** The side key of an epithet phrase in the words ("the <capital> regime"), within the article's profile. */
  epithetIn(words: string): string | null {
    for (const [re, key] of this.epithetPhrases) if (re.test(words)) return key;
    return null;
  }

  /** ACLED's name for the forces of a side key (an ISO country or a side id) on a date. */
  stateForces(key: string, date?: string | null): string {
    const entry = this.byKey.get(key) ?? this.sides.get(key);
    return nameOn(entry?.side.forces, date) ?? `Military Forces of ${countryName(key)}`;
  }

  /** ACLED's name for the police of a state, or null when no profile names it. */
  police(key: string, date?: string | null): string {
    const entry = this.byKey.get(key);
    return nameOn(entry?.side.police, date) ?? `Police Forces of ${countryName(key)}`;
  }

  opponentOf(key: string): string | null {
    const entry = this.byKey.get(key) ?? this.sides.get(key);
    const opp = entry?.side.opponent;
    return opp ? (this.sides.get(opp)?.key ?? null) : null;
  }

  /** The side key behind an actor name ("Military Forces of <country> (2000-)" → its ISO code), or null. */
  keyOfActor(actor: string | null): string | null {
    if (!actor) return null;
    const known = this.forcesNames.get(actor);
    if (known) return known;
    const m = /^Military Forces of (.+?)(?: \(|$)/.exec(actor);
    if (!m) return null;
    for (const [key, entry] of this.byKey) if (entry.side.country && countryName(key) === m[1]) return key;
    return null;
  }

  /** The key of the side a claimant speaks for (an installed official speaks for the side that installed it). */
  partyKey(side: string | null | undefined): string | null {
    if (!side) return null;
    const entry = this.sides.get(side);
    if (!entry) return null;
    if (entry.side.installedBy) return this.sides.get(entry.side.installedBy)?.key ?? null;
    return entry.key;
  }

  /** The side named by a key (an ISO code → the state's side id), for sides a profile defines. */
  sideOfKey(key: string | null): string | null {
    if (!key) return null;
    return this.byKey.get(key)?.side.id ?? null;
  }

  /** A party to a war: a side some profile defines (not an outlet, analyst or foreign government). */
  isParty(side: string | null | undefined): boolean {
    return !!side && this.sides.has(side);
  }

  /** The side an installed administration's statements count for; a party's own id otherwise. */
  partyOf(side: string | null | undefined): string | null {
    if (!side) return null;
    const entry = this.sides.get(side);
    if (!entry) return null;
    return entry.side.installedBy ?? side;
  }

  private armed: RegExp | null | undefined;

  /** The profiles' parties, their units and named armed groups, as one pattern (a mercenary group's name, a force's acronym, a demonym). */
  armedPattern(): RegExp | null {
    if (this.armed === undefined)
      this.armed = this.armedWords.length ? new RegExp(`\\b(?:${alternation(this.armedWords)})\\b`, 'u') : null;
    return this.armed;
  }

  /** The inter code a profile gives an actor name: its armed groups' own, 1 for a state's forces or police. */
  interOf(actor: string): number | null {
    for (const p of this.profiles) for (const g of p.armedGroups ?? []) if (g.actor === actor) return g.inter;
    for (const { side } of this.sides.values()) {
      if (side.country && [...(side.forces ?? []), ...(side.police ?? [])].some((n) => n.name === actor)) return 1;
    }
    return null;
  }

  /** A side and the administrations it installed: a filter on a side's actors includes them. */
  withInstalled(side: string): string[] {
    return [side, ...[...this.sides.values()].filter((e) => e.side.installedBy === side).map((e) => e.side.id)];
  }

  /** Whether the side's media call its own gains by this word ("liberated" told by the side that took the place). */
  isGainWord(key: string, word: string): boolean {
    const entry = this.byKey.get(key) ?? this.sides.get(key);
    const w = lower(word);
    return (entry?.side.gainWords ?? []).some((g) => w.startsWith(lower(g)));
  }

  /** The side a person a profile names as a leader speaks for, or null. */
  sideOfPerson(name: string): string | null {
    // the full name, a listed variant, or the surname alone; another first name is another person
    const n = lower(name);
    for (const entry of this.sides.values()) {
      for (const p of entry.side.leaders ?? []) {
        if (lower(p.name) === n || surnames(p).some((s) => lower(s) === n)) return entry.side.id;
      }
    }
    return null;
  }

  private languageNames: string[] | undefined;

  /**
   * The English names of the languages of the known profiles' countries (world-countries):
   * "Arabic", "English". After "in", such a word names a language ("wrote in Arabic on
   * Telegram"), not a place.
   */
  languages(): string[] {
    if (!this.languageNames) {
      const codes = new Set(this.profiles.flatMap((p) => p.countries));
      const names = new Set<string>();
      for (const c of worldCountries())
        if (codes.has(c.cca2)) for (const n of Object.values(c.languages ?? {})) names.add(n);
      this.languageNames = [...names];
    }
    return this.languageNames;
  }

  /** Sides keyed by country, for officials whose role ties them to a place of that country. */
  countryKeys(): ReadonlyMap<string, string> {
    const out = new Map<string, string>();
    for (const entry of this.sides.values())
      if (entry.side.country && !entry.side.installedBy && !out.has(entry.side.country))
        out.set(entry.side.country, entry.side.id);
    return out;
  }
}

interface WorldCountry {
  cca2: string;
  name: { common: string };
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
}

let countryList: WorldCountry[] | null = null;

/** world-countries' records, read once. */
function worldCountries(): WorldCountry[] {
  countryList ??= JSON.parse(readFileSync(countriesFile(), 'utf8')) as WorldCountry[];
  return countryList;
}

let demonymTable: Map<string, string> | null = null;

/** Countries' common names and demonyms (world-countries), lower-cased, to their ISO codes. */
function nationalities(): Map<string, string> {
  if (!demonymTable) {
    demonymTable = new Map();
    for (const c of worldCountries()) {
      for (const w of [c.name.common, c.demonyms?.eng?.m, c.demonyms?.eng?.f])
        if (w && !demonymTable.has(lower(w))) demonymTable.set(lower(w), c.cca2);
    }
  }
  return demonymTable;
}

let registry: ConflictProfile[] | null = null;

/** Every profile known: the shipped ones, then the user's (SITREP_PROFILES); a user's profile replaces a shipped one of the same id. */
export function allProfiles(): ConflictProfile[] {
  if (!registry) {
    const byId = new Map<string, ConflictProfile>();
    for (const p of bundledProfiles()) byId.set(p.id, p);
    for (const file of userProfileFiles()) {
      const p = readProfile(file);
      byId.set(p.id, p);
    }
    registry = [...byId.values()];
  }
  return registry;
}

/**
 * Reads a profile given to `--profile` (an id, or the path of a file) and makes it known to this
 * process and to the worker threads and processes it starts (through SITREP_PROFILES). Returns its id.
 */
export function useProfile(idOrFile: string): string {
  if (idOrFile === GENERIC || allProfiles().some((p) => p.id === idOrFile)) return idOrFile;
  if (!/[\\/]|\.json$/iu.test(idOrFile)) {
    throw new Error(
      `--profile ${idOrFile}: no such profile (known: ${[...allProfiles().map((p) => p.id), GENERIC].join(', ')}; or give the path of a profile file)`,
    );
  }
  const p = readProfile(idOrFile);
  process.env.SITREP_PROFILES = [...userProfileFiles(), idOrFile].join(process.platform === 'win32' ? ';' : ':');
  registry = null;
  cache.clear();
  return p.id;
}

const cache = new Map<string, Knowledge>();

/**
 * The knowledge an article is read with: its profile first and every other known one after, or
 * the forced one alone; with no argument, every profile (for stages that see no article).
 */
export function knowledge(profile?: ArticleProfile | null): Knowledge {
  const key = profile ? `${profile.by}:${profile.id}` : '';
  let k = cache.get(key);
  if (!k) {
    const all = allProfiles();
    const primary = profile ? (all.find((p) => p.id === profile.id) ?? null) : null;
    const list =
      profile?.by === 'forced'
        ? primary
          ? [primary]
          : []
        : primary
          ? [primary, ...all.filter((p) => p !== primary)]
          : all;
    k = new Knowledge(list, primary, profile?.id === GENERIC);
    cache.set(key, k);
  }
  return k;
}

export function knowledgeFor(article: { profile?: ArticleProfile }): Knowledge {
  return knowledge(article.profile ?? null);
}

/**
 * The profile of an article from the countries of its places: the profile whose countries hold
 * most of its resolved toponyms; `generic` when none does.
 */
export function chooseProfile(countries: string[]): string {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best = GENERIC;
  let most = 0;
  for (const p of allProfiles()) {
    const n = p.countries.reduce((sum, c) => sum + (counts.get(c) ?? 0), 0);
    if (n > most) [best, most] = [p.id, n];
  }
  return best;
}

/**
 * The article stage: the profile of the article's places (the countries of its resolved
 * toponyms, each mention counted), unless one was forced with --profile.
 */
export function selectProfile<
  A extends { profile?: ArticleProfile; toponyms?: { place: { country: string } | null }[] },
>(article: A): A {
  if (article.profile?.by === 'forced') return article;
  const countries = (article.toponyms ?? []).flatMap((t) => (t.place?.country ? [t.place.country] : []));
  return { ...article, profile: { id: chooseProfile(countries), by: 'places' } };
}
