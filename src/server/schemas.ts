/**
 * JSON Schemas of the API's bodies, shared by the resource plugins. They validate requests,
 * serialise responses (fields not listed here are not sent) and make up the OpenAPI document.
 * Names follow src/model.ts.
 */

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const nnum = { type: ['number', 'null'] } as const;
export const int = { type: 'integer' } as const;

export const errorSchema = {
  type: 'object',
  description: 'An error a person can act on: a short code and a sentence saying what to do.',
  properties: { error: str, message: str },
  required: ['error', 'message'],
} as const;

const spanSchema = {
  type: 'object',
  description: 'A half-open range of UTF-16 code units into the article text.',
  properties: { start: int, end: int, text: str },
  required: ['start', 'end', 'text'],
} as const;

export const placeSchema = {
  type: ['object', 'null'],
  properties: {
    geonameid: int,
    name: str,
    featureClass: str,
    feature: str,
    country: str,
    admin1: nstr,
    admin1Name: nstr,
    admin2: nstr,
    lat: num,
    lon: num,
    population: num,
  },
} as const;

const reportSchema = {
  type: 'object',
  properties: {
    articleId: str,
    path: str,
    outlet: nstr,
    mentionId: str,
    sentence: spanSchema,
    claimant: nstr,
    hedge: nstr,
    date: nstr,
  },
} as const;

const disagreementSchema = {
  type: 'object',
  properties: {
    field: str,
    values: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          value: { type: ['string', 'number', 'null'] },
          articleId: str,
          outlet: nstr,
          claimant: nstr,
        },
      },
    },
  },
} as const;

export const eventSchema = {
  type: 'object',
  description: 'One real-world event fused from the reports of many articles (ACLED fields plus evidence).',
  properties: {
    id: str,
    event_type: str,
    sub_event_type: str,
    actor1: nstr,
    actor2: nstr,
    place: placeSchema,
    location: nstr,
    geo_precision: int,
    date: nstr,
    time_precision: int,
    fatalities: nnum,
    injured: nnum,
    reports: { type: 'array', items: reportSchema },
    outlets: { type: 'array', items: str },
    corroboration: int,
    corroboration_basis: str,
    firstReported: nstr,
    lastReported: nstr,
    disagreements: { type: 'array', items: disagreementSchema },
    status: str,
    confidence: num,
    notes: str,
  },
} as const;

const pick = <P extends object, K extends keyof P>(properties: P, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, properties[k]])) as Pick<P, K>;

const event = eventSchema.properties;

/** What a list of events carries per event: enough for the map, the timeline and the list. */
export const eventSummarySchema = {
  type: 'object',
  properties: {
    ...pick(event, ['id', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location']),
    geonameid: { type: ['integer', 'null'] },
    lat: nnum,
    lon: nnum,
    ...pick(event, ['geo_precision', 'date', 'time_precision', 'fatalities', 'corroboration', 'outlets']),
    sides: { type: 'array', items: str },
    ...pick(event, ['status', 'confidence']),
    // how many, not the reports themselves
    reports: int,
  },
} as const;

export const checkSchema = {
  type: 'object',
  properties: {
    id: str,
    kind: str,
    articleId: str,
    span: spanSchema,
    stated: str,
    computed: nstr,
    verdict: str,
    explanation: str,
    eventId: nstr,
    claimId: nstr,
    details: { type: 'object', additionalProperties: true },
  },
} as const;

export const disputeSchema = {
  type: 'object',
  description: 'Contradicting claims about one topic, or a series: one quantity reported over time.',
  properties: {
    id: str,
    kind: { type: 'string', enum: ['contradiction', 'series'] },
    topic: str,
    claims: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          articleId: str,
          path: str,
          claimId: nstr,
          speaker: nstr,
          side: nstr,
          outlet: nstr,
          title: nstr,
          date: nstr,
          span: spanSchema,
          value: nnum,
        },
      },
    },
  },
} as const;

export const articleSummarySchema = {
  type: 'object',
  properties: {
    id: str,
    path: str,
    format: str,
    title: nstr,
    url: nstr,
    outlet: nstr,
    published: nstr,
    published_on_or_after: nstr,
    wire: { type: 'array', items: str },
    language: nstr,
    duplicate_of: nstr,
  },
} as const;

const linkSchema = {
  type: 'object',
  description: 'What a highlighted span fed: an event, a place, an entity, a claim, a dispute or a check.',
  properties: { kind: str, id: str, label: str },
} as const;

export const annotationSchema = {
  type: 'object',
  properties: {
    start: int,
    end: int,
    kind: {
      type: 'string',
      // prettier-ignore
      enum: ['toponym', 'entity', 'quantity', 'timex', 'source', 'cue', 'content', 'trigger', 'non_event', 'check'],
    },
    label: str,
    links: { type: 'array', items: linkSchema },
  },
} as const;

export const entitySchema = {
  type: 'object',
  properties: {
    id: str,
    type: str,
    canonical: str,
    variants: { type: 'array', items: str },
    side: nstr,
    sideEvidence: nstr,
    role: nstr,
    mentions: int,
  },
} as const;

export const claimSchema = {
  type: 'object',
  properties: {
    id: str,
    articleId: str,
    kind: str,
    source: { ...spanSchema, type: ['object', 'null'] },
    cue: { ...spanSchema, type: ['object', 'null'] },
    content: spanSchema,
    speaker: {
      type: ['object', 'null'],
      properties: { entity: nstr, canonical: str, side: nstr },
    },
    hedge: nstr,
    quantities: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          start: int,
          end: int,
          text: str,
          value: num,
          unit: str,
          si_value: num,
          si_unit: str,
          qualifier: nstr,
          counts: nstr,
        },
      },
    },
    dates: {
      type: 'array',
      items: {
        type: 'object',
        properties: { start: int, end: int, text: str, date: str, endDate: nstr, precision: str, time_precision: int },
      },
    },
  },
} as const;

/** A box on the map; checked further by checkBbox (src/server/query.ts). */
export const bboxSchema = {
  type: 'string',
  pattern: '^-?[\\d.]+,-?[\\d.]+,-?[\\d.]+,-?[\\d.]+$',
  description:
    'west,south,east,north in degrees: longitudes in [-180, 180], latitudes in [-90, 90], south ≤ north; west > east crosses the antimeridian (RFC 7946 §5.2)',
} as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
} as const;

export const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** 404 and 400 answers, added to every route's responses */
export const errorResponses = { 400: errorSchema, 404: errorSchema } as const;
