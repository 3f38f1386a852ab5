/**
 * Lexicons for recognising people, organisations, groups and media: the words that modify a title,
 * organisation head words, well-known acronyms, seats of power and country forms. Titles, first
 * names and news outlets are in the shared lexicon (src/lexicon). No entry names a particular
 * story's people.
 */
import { AGENCIES, OUTLETS } from '../lexicon/outlets.js';
import type { EntityType, Side } from '../model.js';
import { knowledge, type Knowledge } from '../profiles/index.js';

/** Words that modify a title ("Defense Secretary", "Foreign Minister", "senior official"). */
// prettier-ignore
export const TITLE_MODIFIERS = new Set([
  'press', 'military', 'army', 'regional', 'national', 'security', 'intelligence', 'council', 'staff',
  'armed', 'forces', 'ministry', 'first', 'senior', 'top', 'presidential', 'foreign', 'defense', 'defence',
  'state', 'interior', 'vice', 'acting', 'former', 'deputy', 'prime', 'brigadier', 'lieutenant', 'of',
]);

/** Role nouns that make a lower-case phrase a role ("the head of the administration"). */
export const ROLE_NOUNS =
  /\b(?:head|chief|commander(?:-in-chief)?|spokes(?:man|woman|person)|official|minister|president|governor|mayor|secretary|adviser|advisor|aide|leader|director|chairman|ambassador|general|officer|analyst|expert|envoy|representative|deputy|lawmaker|senator|prosecutor|researcher|founder|editor|correspondent)\b/i;

/** Head words that end (or lead) an organisation's name. */
// prettier-ignore
export const ORG_HEADS = new Set([
  'institute', 'service', 'agency', 'council', 'committee', 'command', 'staff', 'forces', 'army',
  'brigade', 'battalion', 'regiment', 'unit', 'branch', 'organization', 'organisation', 'office',
  'department', 'directorate', 'guard', 'group', 'center', 'centre', 'party', 'parliament', 'bureau',
  'corps', 'division', 'navy', 'fleet', 'academy', 'university', 'foundation', 'commission', 'ministry',
  'administration', 'company', 'corporation', 'association', 'union', 'alliance', 'federation', 'court',
  'senate', 'congress', 'assembly', 'duma', 'rada', 'government', 'police', 'intelligence', 'network',
  'observatory', 'programme', 'program', 'fund', 'bank', 'watch', 'initiative', 'project', 'campaign',
  'college', 'school', 'forum',
]);

/** Lower-case heads after a proper name that make it a military unit ("the Kraken unit"). */
// prettier-ignore
export const UNIT_HEADS = new Set(['unit', 'brigade', 'battalion', 'regiment', 'division', 'group', 'squad', 'detachment', 'company']);

/** Words that, inside an organisation's name, do not tell two organisations apart. */
// prettier-ignore
export const GENERIC_ORG_WORDS = new Set([
  'unit', 'special', 'branch', 'organization', 'organisation', 'group', 'forces', 'force', 'battalion',
  'brigade', 'regiment', 'detachment', 'squad', 'the', 'operations', 'team',
]);

export interface KnownOrg {
  canonical: string;
  type: EntityType;
  side: Side | null;
}

// Lexicons looked up with words from the text are Maps: a plain object would answer
// "constructor" or "toString" with Object.prototype's functions.

/** Well-known acronyms. */
const GENERIC_ACRONYMS: ReadonlyMap<string, KnownOrg> = new Map(
  Object.entries({
    NATO: { canonical: 'North Atlantic Treaty Organization', type: 'organization', side: 'Western government' },
    UN: { canonical: 'United Nations', type: 'organization', side: 'international organisation' },
    EU: { canonical: 'European Union', type: 'organization', side: 'Western government' },
    ISW: { canonical: 'Institute for the Study of War', type: 'organization', side: 'independent analyst' },
    OSCE: {
      canonical: 'Organization for Security and Co-operation in Europe',
      type: 'organization',
      side: 'international organisation',
    },
    IAEA: { canonical: 'International Atomic Energy Agency', type: 'organization', side: 'international organisation' },
    ICRC: {
      canonical: 'International Committee of the Red Cross',
      type: 'organization',
      side: 'international organisation',
    },
    UNHCR: { canonical: 'UN Refugee Agency', type: 'organization', side: 'international organisation' },
    OHCHR: {
      canonical: 'Office of the UN High Commissioner for Human Rights',
      type: 'organization',
      side: 'international organisation',
    },
    CIA: { canonical: 'Central Intelligence Agency', type: 'organization', side: 'United States' },
    FBI: { canonical: 'Federal Bureau of Investigation', type: 'organization', side: 'United States' },
    MOD: { canonical: 'Ministry of Defence', type: 'organization', side: null },
    AFP: { canonical: 'Agence France-Presse', type: 'media', side: 'media' },
    AP: { canonical: 'Associated Press', type: 'media', side: 'media' },
    BBC: { canonical: 'BBC', type: 'media', side: 'media' },
    CNN: { canonical: 'CNN', type: 'media', side: 'media' },
    TASS: { canonical: 'TASS', type: 'media', side: 'media' },
    RFE: { canonical: 'Radio Free Europe/Radio Liberty', type: 'media', side: 'media' },
  }),
);

/** News outlets and agencies by every spelling, lower-cased, to their canonical name (the shared lexicon). */
export const MEDIA: ReadonlyMap<string, string> = new Map(
  [...OUTLETS, ...AGENCIES].flatMap((o) => [o.name, ...o.spellings].map((s) => [s.toLowerCase(), o.name] as const)),
);

/** Capitals and seats of power named for their governments ("the capital claimed", "the presidency said"); the conflict profiles add their parties'. */
const GENERIC_SEATS: ReadonlyMap<string, { canonical: string; side: Side }> = new Map(
  Object.entries({
    washington: { canonical: 'Government of the United States', side: 'United States' },
    'white house': { canonical: 'White House', side: 'United States' },
    'the white house': { canonical: 'White House', side: 'United States' },
    pentagon: { canonical: 'Pentagon', side: 'United States' },
    'the pentagon': { canonical: 'Pentagon', side: 'United States' },
  }),
);

/** Country adjectives and possessives, for ministries and armed forces. */
const GENERIC_COUNTRY_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'u.s.': 'United States',
    us: 'United States',
    american: 'United States',
    "america's": 'United States',
    'united states': 'United States',
    'the united states': 'United States',
    // prettier-ignore
    british: 'United Kingdom',
    "britain's": 'United Kingdom',
    uk: 'United Kingdom',
    'u.k.': 'United Kingdom',
    'united kingdom': 'United Kingdom',
    'the united kingdom': 'United Kingdom',
    french: 'France',
    "france's": 'France',
    france: 'France',
    german: 'Germany',
    "germany's": 'Germany',
    germany: 'Germany',
    polish: 'Poland',
    "poland's": 'Poland',
    poland: 'Poland',
    turkish: 'Turkey',
    "turkey's": 'Turkey',
    turkey: 'Turkey',
    chinese: 'China',
    "china's": 'China',
    china: 'China',
    israeli: 'Israel',
    "israel's": 'Israel',
    israel: 'Israel',
    syrian: 'Syria',
    "syria's": 'Syria',
    syria: 'Syria',
    iranian: 'Iran',
    "iran's": 'Iran',
    iran: 'Iran',
    georgian: 'Georgia',
    moldovan: 'Moldova',
    lithuanian: 'Lithuania',
    latvian: 'Latvia',
    estonian: 'Estonia',
  }),
);

const GENERIC_COUNTRY_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'United States': 'U.S.',
    'United Kingdom': 'British',
    France: 'French',
    Germany: 'German',
    Poland: 'Polish',
    Turkey: 'Turkish',
    China: 'Chinese',
    Israel: 'Israeli',
    // prettier-ignore
    Syria: 'Syrian',
    Iran: 'Iranian',
    Georgia: 'Georgian',
    Moldova: 'Moldovan',
    Lithuania: 'Lithuanian',
    Latvia: 'Latvian',
    Estonia: 'Estonian',
  }),
);

const GENERIC_COUNTRY_SIDE: ReadonlyMap<string, Side> = new Map(
  Object.entries({
    'United States': 'United States',
    'United Kingdom': 'Western government',
    France: 'Western government',
    Germany: 'Western government',
    Poland: 'Western government',
    Lithuania: 'Western government',
    Latvia: 'Western government',
    Estonia: 'Western government',
  }),
);

export interface CountryTables {
  /** well-known acronyms: the generic ones and the profiles' organisations */
  acronyms: ReadonlyMap<string, KnownOrg>;
  /** capitals, seats and institutions that stand for a government ("the palace said") */
  seatsOfPower: ReadonlyMap<string, { canonical: string; side: Side }>;
  /** country names, adjectives and possessives, lower-cased, to the country's name */
  countryForms: ReadonlyMap<string, string>;
  countryAdjective: ReadonlyMap<string, string>;
  countrySide: ReadonlyMap<string, Side>;
}

const tables = new WeakMap<Knowledge, CountryTables>();

/** The tables above with the conflict profiles' parties added (a profile's entry wins). */
export function countryTables(k: Knowledge = knowledge()): CountryTables {
  let t = tables.get(k);
  if (!t) {
    const acronyms = new Map(GENERIC_ACRONYMS);
    for (const [acronym, o] of k.acronyms)
      acronyms.set(acronym, { canonical: o.canonical, type: o.kind, side: o.side });
    t = {
      acronyms,
      seatsOfPower: new Map([...GENERIC_SEATS, ...k.seatsOfPower]),
      countryForms: new Map([...GENERIC_COUNTRY_FORMS, ...k.countryForms]),
      countryAdjective: new Map([...GENERIC_COUNTRY_ADJECTIVE, ...k.countryAdjective]),
      countrySide: new Map([...GENERIC_COUNTRY_SIDE, ...k.countrySide]),
    };
    tables.set(k, t);
  }
  return t;
}
