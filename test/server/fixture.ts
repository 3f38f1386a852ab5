/**
 * A small hand-made corpus for the server and page tests: three short articles written for these
 * tests (not taken from any outlet), their annotations, three fused events, a contradiction, a
 * series, checks and a control-map snapshot. One title and one text carry markup, so that the
 * tests can show it is displayed as text.
 */
import type {
  Article,
  Check,
  Claim,
  Corpus,
  Dispute,
  Entity,
  EventMention,
  FusedEvent,
  Place,
  Quantity,
  Side,
  Span,
  TimeExpression,
  ToponymMention,
} from '../../src/model.js';
import { parseControlMap } from '../../src/checks/control.js';
import { plainArticle } from '../../src/testing/article.js';

export const XSS_TITLE = '<img src=x onerror=alert(1)>';
export const SCRIPT_TEXT = '</script><script>alert(2)</script>';

const place = (geonameid: number, name: string, lat: number, lon: number): Place => ({
  geonameid,
  name,
  featureClass: 'P',
  feature: 'PPL',
  country: 'UA',
  admin1: '07',
  admin1Name: 'Kharkiv',
  lat,
  lon,
  population: 20000,
});

export const BALAKLIIA = place(712926, 'Balakliia', 49.4627, 36.8586);
export const KUPIANSK = place(704422, 'Kupiansk', 49.7106, 37.6159);
export const IZIUM = place(707753, 'Izium', 49.2122, 37.2566);

/** the span of the n-th occurrence of `needle` in `text` */
function span(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: '${needle}' not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

function sentenceOf(text: string, needle: string): Span {
  const s = span(text, needle);
  const before = text.lastIndexOf('. ', s.start);
  const after = text.indexOf('. ', s.end);
  const start = before < 0 ? 0 : before + 2;
  const end = after < 0 ? text.length : after + 1;
  return { start, end, text: text.slice(start, end) };
}

function article(id: string, outlet: string, published: string, title: string, text: string): Article {
  return plainArticle(text, { id, path: `fixture/${id}.txt`, title, outlet, published });
}

const toponym = (text: string, surface: string, p: Place, nth = 0): ToponymMention => ({
  ...span(text, surface, nth),
  place: p,
  confidence: 0.9,
});

const timex = (text: string, surface: string, date: string): TimeExpression => ({
  ...span(text, surface),
  date,
  precision: 'day',
  time_precision: 1,
});

const km2 = (text: string, surface: string, value: number, qualifier: Quantity['qualifier']): Quantity => ({
  ...span(text, surface),
  value,
  unit: 'km2',
  si_value: value * 1e6,
  si_unit: 'm2',
  qualifier,
  counts: 'territory',
});

function claim(
  text: string,
  id: string,
  source: string,
  cue: string,
  content: string,
  speaker: string,
  side: Side,
  extra: Partial<Claim> = {},
): Claim {
  return {
    id,
    kind: 'indirect',
    source: span(text, source),
    cue: span(text, cue),
    content: span(text, content),
    speaker: { entity: null, canonical: speaker, side },
    hedge: null,
    quantities: [],
    dates: [],
    ...extra,
  };
}

// --- article 1 ------------------------------------------------------------------------------
const t1 =
  'Ukrainian troops retook Balakliia on Thursday, the General Staff said. ' +
  'Vitaliy Ganchev insisted that the town remained under Russian control. ' +
  'Officials said about 700 square kilometres had been regained since Tuesday.';
const a1 = article('a1000000000000001', 'Kharkiv Courier', '2022-09-08', 'Ukrainian troops retake Balakliia', t1);
a1.toponyms = [toponym(t1, 'Balakliia', BALAKLIIA)];
a1.timexes = [timex(t1, 'Thursday', '2022-09-08')];
a1.quantities = [km2(t1, 'about 700 square kilometres', 700, 'about')];
a1.claims = [
  claim(
    t1,
    'a1-c1',
    'the General Staff',
    'said',
    'Ukrainian troops retook Balakliia on Thursday',
    'General Staff of Ukraine',
    'Ukraine',
  ),
  claim(
    t1,
    'a1-c2',
    'Vitaliy Ganchev',
    'insisted',
    'the town remained under Russian control',
    'Vitaliy Ganchev',
    'Russian-installed administration',
  ),
  claim(
    t1,
    'a1-c3',
    'Officials',
    'said',
    'about 700 square kilometres had been regained since Tuesday',
    'Ukrainian officials',
    'Ukraine',
    {
      quantities: [km2(t1, 'about 700 square kilometres', 700, 'about')],
    },
  ),
];

// --- article 2: markup in the title and the text ---------------------------------------------
const t2 =
  'Balakliya was fully retaken overnight, Kyiv said. ' +
  'Ganchev later said: "We have lost control of Balakliya." ' +
  `A reader comment pasted ${SCRIPT_TEXT} into the page. ` +
  'Russian artillery shelled Kupiansk on Friday, the regional governor said.';
const a2 = article('a2000000000000002', 'Evening Dispatch', '2022-09-09', XSS_TITLE, t2);
a2.toponyms = [
  toponym(t2, 'Balakliya', BALAKLIIA),
  toponym(t2, 'Balakliya', BALAKLIIA, 1),
  toponym(t2, 'Kupiansk', KUPIANSK),
];
a2.timexes = [timex(t2, 'Friday', '2022-09-09')];
a2.claims = [
  claim(t2, 'a2-c1', 'Kyiv', 'said', 'Balakliya was fully retaken overnight', 'Ukraine', 'Ukraine'),
  {
    ...claim(
      t2,
      'a2-c2',
      'Ganchev',
      'said',
      'We have lost control of Balakliya.',
      'Vitaliy Ganchev',
      'Russian-installed administration',
    ),
    kind: 'direct',
  },
  claim(
    t2,
    'a2-c3',
    'the regional governor',
    'said',
    'Russian artillery shelled Kupiansk on Friday',
    'Oleh Syniehubov',
    'Ukraine',
  ),
];

// --- article 3 ------------------------------------------------------------------------------
const t3 =
  'President Volodymyr Zelensky said Ukrainian forces had regained around 1,000 square kilometres. ' +
  'Izium came under shelling on Saturday, residents said.';
const a3 = article('a3000000000000003', 'Wire Monitor', '2022-09-10', 'Gains reported around Izium', t3);
a3.toponyms = [toponym(t3, 'Izium', IZIUM)];
a3.timexes = [timex(t3, 'Saturday', '2022-09-10')];
a3.quantities = [km2(t3, 'around 1,000 square kilometres', 1000, 'about')];
a3.claims = [
  claim(
    t3,
    'a3-c1',
    'President Volodymyr Zelensky',
    'said',
    'Ukrainian forces had regained around 1,000 square kilometres',
    'Volodymyr Zelensky',
    'Ukraine',
    {
      quantities: [km2(t3, 'around 1,000 square kilometres', 1000, 'about')],
    },
  ),
  claim(t3, 'a3-c2', 'residents', 'said', 'Izium came under shelling on Saturday', 'residents', 'civilian'),
];

function mention(
  a: Article,
  id: string,
  trigger: string,
  sentenceNeedle: string,
  over: Partial<EventMention>,
): EventMention {
  return {
    id,
    articleId: a.id,
    sentence: sentenceOf(a.text, sentenceNeedle),
    trigger: span(a.text, trigger),
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
    actor1: 'Military Forces of Ukraine (2019-)',
    actor2: 'Military Forces of Russia (2000-)',
    location: null,
    geo_precision: 1,
    date: null,
    time_precision: 1,
    fatalities: null,
    injured: null,
    claimId: null,
    claimant: null,
    hedge: null,
    ...over,
  };
}

a1.events = [
  mention(a1, 'a1-m1', 'retook', 'retook', {
    location: a1.toponyms[0]!,
    date: '2022-09-08',
    claimId: 'a1-c1',
    claimant: 'General Staff of Ukraine',
  }),
];
a2.events = [
  mention(a2, 'a2-m1', 'retaken', 'retaken', {
    location: a2.toponyms[0]!,
    date: '2022-09-09',
    claimId: 'a2-c1',
    claimant: 'Ukraine',
  }),
  mention(a2, 'a2-m2', 'shelled', 'shelled', {
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Russia (2000-)',
    actor2: null,
    location: a2.toponyms[2]!,
    date: '2022-09-09',
    claimId: 'a2-c3',
    claimant: 'Oleh Syniehubov',
  }),
];
a3.events = [
  mention(a3, 'a3-m1', 'shelling', 'shelling', {
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: null,
    actor2: 'Civilians (Ukraine)',
    location: a3.toponyms[0]!,
    date: '2022-09-10',
    claimId: 'a3-c2',
    claimant: 'residents',
  }),
];

function report(a: Article, m: EventMention) {
  return {
    articleId: a.id,
    path: a.path,
    outlet: a.outlet,
    mentionId: m.id,
    sentence: m.sentence,
    claimant: m.claimant,
    hedge: m.hedge,
    date: m.date,
  };
}

const events: FusedEvent[] = [
  {
    id: 'E1',
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
    actor1: 'Military Forces of Ukraine (2019-)',
    actor2: 'Military Forces of Russia (2000-)',
    place: BALAKLIIA,
    location: 'Balakliia',
    geo_precision: 1,
    date: '2022-09-08',
    time_precision: 1,
    fatalities: null,
    injured: null,
    reports: [report(a1, a1.events[0]!), report(a2, a2.events[0]!)],
    outlets: ['Kharkiv Courier', 'Evening Dispatch'],
    corroboration: 2,
    corroboration_basis: '2 independent sources',
    firstReported: '2022-09-08',
    lastReported: '2022-09-09',
    disagreements: [
      {
        field: 'date',
        values: [
          { value: '2022-09-08', articleId: a1.id, outlet: a1.outlet, claimant: 'General Staff of Ukraine' },
          { value: '2022-09-09', articleId: a2.id, outlet: a2.outlet, claimant: 'Ukraine' },
        ],
      },
    ],
    status: 'disputed',
    confidence: 0.8,
    notes: 'Ukrainian forces regained control of Balakliia; a Russian-installed official first denied it.',
  },
  {
    id: 'E2',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Russia (2000-)',
    actor2: null,
    place: KUPIANSK,
    location: 'Kupiansk',
    geo_precision: 1,
    date: '2022-09-09',
    time_precision: 1,
    fatalities: null,
    injured: null,
    reports: [report(a2, a2.events[1]!)],
    outlets: ['Evening Dispatch'],
    corroboration: 1,
    firstReported: '2022-09-09',
    lastReported: '2022-09-09',
    disagreements: [],
    status: 'claimed',
    confidence: 0.6,
    notes: 'Russian artillery shelled Kupiansk.',
  },
  {
    id: 'E3',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: null,
    actor2: 'Civilians (Ukraine)',
    place: IZIUM,
    location: 'Izium',
    geo_precision: 1,
    date: '2022-09-10',
    time_precision: 1,
    fatalities: null,
    injured: null,
    reports: [report(a3, a3.events[0]!)],
    outlets: ['Wire Monitor'],
    corroboration: 1,
    firstReported: '2022-09-10',
    lastReported: '2022-09-10',
    disagreements: [],
    status: 'reported',
    confidence: 0.5,
    notes: 'Izium was shelled, residents said.',
  },
];

const disputes: Dispute[] = [
  {
    id: 'D1',
    kind: 'contradiction',
    topic: 'control of Balakliia',
    claims: [
      {
        articleId: a1.id,
        path: a1.path,
        claimId: 'a1-c2',
        speaker: 'Vitaliy Ganchev',
        date: '2022-09-08',
        span: a1.claims[1]!.content,
      },
      {
        articleId: a2.id,
        path: a2.path,
        claimId: 'a2-c1',
        speaker: 'Ukraine',
        date: '2022-09-08',
        span: a2.claims[0]!.content,
      },
      {
        articleId: a2.id,
        path: a2.path,
        claimId: 'a2-c2',
        speaker: 'Vitaliy Ganchev',
        date: '2022-09-09',
        span: a2.claims[1]!.content,
      },
    ],
  },
  {
    id: 'S1',
    kind: 'series',
    topic: 'territory regained (km²)',
    claims: [
      {
        articleId: a1.id,
        path: a1.path,
        claimId: 'a1-c3',
        speaker: 'Ukrainian officials',
        date: '2022-09-08',
        span: a1.quantities[0]!,
        value: 700,
      },
      {
        articleId: a3.id,
        path: a3.path,
        claimId: 'a3-c1',
        speaker: 'Volodymyr Zelensky',
        date: '2022-09-10',
        span: a3.quantities[0]!,
        value: 1000,
      },
    ],
  },
];

const checks: Check[] = [
  {
    id: 'K1',
    kind: 'control',
    articleId: a1.id,
    span: span(t1, 'retook Balakliia'),
    stated: 'Balakliia regained on 2022-09-08',
    computed: 'occupied on 2022-09-07, taken back on 2022-09-08',
    verdict: 'consistent',
    explanation: 'The control map shows Balakliia occupied on 7 September and taken back on 8 September.',
    eventId: 'E1',
  },
];

const entity = (
  id: string,
  type: Entity['type'],
  canonical: string,
  variants: string[],
  side: Side,
  mentions: Span[],
): Entity => ({
  id,
  type,
  canonical,
  variants,
  side,
  sideEvidence: null,
  mentions,
});

const entities: Entity[] = [
  entity('P1', 'person', 'Vitaliy Ganchev', ['Vitaliy Ganchev', 'Ganchev'], 'Russian-installed administration', []),
  entity('P2', 'person', 'Volodymyr Zelensky', ['Volodymyr Zelensky'], 'Ukraine', []),
  entity('O1', 'organization', 'General Staff of Ukraine', ['the General Staff'], 'Ukraine', []),
];
a1.entities = [
  entity('a1-e1', 'person', 'Vitaliy Ganchev', ['Vitaliy Ganchev'], 'Russian-installed administration', [
    span(t1, 'Vitaliy Ganchev'),
  ]),
];

// A control-map snapshot (square polygons, not real lines): occupied around Izium, taken back around Balakliia.
const square = (lat: number, lon: number, d: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});
// read as the store reads an imported DeepState file: its name gives the time (2022-09-08T14:00:00Z)
const collection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(BALAKLIIA.lat, BALAKLIIA.lon, 0.15), properties: { name: 'Taken back' } },
    { type: 'Feature', geometry: square(IZIUM.lat, IZIUM.lon, 0.3), properties: { name: 'Occupied' } },
  ],
};
export const control = [
  parseControlMap(JSON.stringify(collection), `${Date.parse('2022-09-08T14:00:00Z') / 1000}.geojson`).snapshot!,
];

export function fixtureCorpus(): Corpus {
  return {
    articles: structuredClone([a1, a2, a3]),
    entities: structuredClone(entities),
    events: structuredClone(events),
    disputes: structuredClone(disputes),
    checks: structuredClone(checks),
    control: structuredClone(control),
  };
}
