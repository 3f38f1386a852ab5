/** Hand-built articles and corpus results for the store and export tests (sentences written for sitrep). */
import type { Article, Corpus, FusedEvent } from '../../src/model.js';
import { plainArticle } from '../../src/testing/article.js';

export function article(over: Partial<Article> & { id: string; text: string }): Article {
  return plainArticle(over.text, { path: `${over.id}.txt`, ...over });
}

/** An article whose layers the summary counts: two toponyms (one resolved), no claims, one event, the rest absent. */
export function countedArticle(id: string): Article {
  const place = { geonameid: 706483, name: 'Kharkiv', lat: 50, lon: 36.25 };
  return {
    ...article({ id, text: 'Troops entered Kharkiv and Izium.' }),
    toponyms: [
      { start: 15, end: 22, text: 'Kharkiv', place, confidence: 0.9, evidence: [] },
      { start: 27, end: 32, text: 'Izium', place: null, confidence: 0.2, evidence: [] },
    ],
    claims: [],
    events: [{ id: 'e1' }],
  } as unknown as Article;
}

const izium = {
  geonameid: 707292,
  name: 'Izyum',
  featureClass: 'P',
  feature: 'PPLA2',
  country: 'UA',
  admin1: '07',
  admin1Name: 'Kharkiv',
  admin2: null,
  lat: 49.20781,
  lon: 37.25699,
  population: 48734,
};

export function sampleCorpus(): Corpus {
  const a = article({
    id: 'a1',
    path: 'in/one.txt',
    outlet: 'Kyiv Ledger',
    text: 'Ukrainian troops shelled positions near Izium, the governor said, killing two "soldiers", officials said.',
    toponyms: [{ start: 40, end: 45, text: 'Izium', place: izium, confidence: 0.9 }],
    claims: [
      {
        id: 'a1-c1',
        kind: 'indirect',
        source: { start: 47, end: 59, text: 'the governor' },
        cue: { start: 60, end: 64, text: 'said' },
        content: { start: 0, end: 45, text: 'Ukrainian troops shelled positions near Izium' },
        speaker: { entity: null, canonical: 'the governor', side: 'Ukraine' },
        hedge: null,
        quantities: [],
        dates: [],
      },
    ],
    entities: [
      {
        id: 'e1',
        type: 'organization',
        canonical: 'Ukrainian troops',
        variants: ['Ukrainian troops'],
        side: 'Ukraine',
        sideEvidence: null,
        mentions: [],
      },
    ],
  });
  const b = article({
    id: 'b2',
    path: 'in/feed.jsonl#2',
    outlet: 'Eastern Courier',
    text: 'Artillery hit Izyum overnight.',
    published: null,
    published_on_or_after: '2022-09-10',
    toponyms: [{ start: 14, end: 19, text: 'Izyum', place: izium, confidence: 0.8 }],
  });
  const event: FusedEvent = {
    id: 'ev-1',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Ukraine (2019-)',
    actor2: 'Military Forces of Russia (2000-)',
    place: izium,
    location: 'Izyum',
    geo_precision: 2,
    date: '2022-09-09',
    time_precision: 1,
    fatalities: 2,
    injured: null,
    reports: [
      {
        articleId: 'a1',
        path: 'in/one.txt',
        outlet: 'Kyiv Ledger',
        mentionId: 'a1-m1',
        sentence: { start: 0, end: 45, text: 'x' },
        claimant: 'the governor',
        hedge: null,
        date: '2022-09-09',
      },
      {
        articleId: 'b2',
        path: 'in/feed.jsonl#2',
        outlet: 'Eastern Courier',
        mentionId: 'b2-m1',
        sentence: { start: 0, end: 30, text: 'y' },
        claimant: null,
        hedge: null,
        date: '2022-09-10',
      },
    ],
    outlets: ['Eastern Courier', 'Kyiv Ledger'],
    corroboration: 2,
    firstReported: '2022-09-09',
    lastReported: '2022-09-10',
    disagreements: [],
    status: 'claimed',
    confidence: 0.75,
    notes:
      'On 9 September 2022, Ukrainian forces shelled Russian positions near Izyum, "killing" two, according to the governor.',
  };
  return {
    articles: [a, b],
    entities: a.entities!,
    events: [event],
    disputes: [
      {
        id: 'd1',
        kind: 'series',
        topic: 'territory regained',
        claims: [
          {
            articleId: 'a1',
            path: 'in/one.txt',
            claimId: 'a1-c1',
            speaker: 'the governor',
            date: '2022-09-09',
            span: { start: 0, end: 5, text: 'Ukrai' },
            value: 1000,
          },
        ],
      },
    ],
    checks: [
      {
        id: 'k1',
        kind: 'distance',
        articleId: 'a1',
        span: { start: 0, end: 10, text: 'Ukrainian ' },
        stated: '76 km',
        computed: '62 km',
        verdict: 'inconsistent',
        explanation: 'stated 76 km; straight line 62 km',
        eventId: 'ev-1',
      },
    ],
  };
}

/**
 * The sample corpus with more for an export to order and join: events on the same day and one
 * undated without a place, a third article whose path sorts by its non-ASCII letters and whose
 * own checks name an event, and claims the corpus stages rewrote (`corpusArticles`, to save as
 * the corpus over `articles` as the article stages left them).
 */
export function exportCorpus(): { articles: Article[]; corpus: Corpus } {
  const base = sampleCorpus();
  const [ev] = base.events;
  const [k1] = base.checks;
  const c3 = article({
    id: 'c3',
    path: 'in/Ізюм.txt',
    outlet: 'Kyiv Ledger',
    text: 'Shelling was reported again near Izyum.',
    checks: [{ ...k1, id: 'k2', articleId: 'c3', eventId: 'ev-1', verdict: 'consistent', computed: null }],
    nonEvents: [
      {
        id: 'c3-n1',
        articleId: 'c3',
        trigger: { start: 0, end: 8, text: 'Shelling' },
        sentence: { start: 0, end: 39, text: 'Shelling was reported again near Izyum.' },
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Shelling/artillery/missile attack',
        family: 'shelling',
        reason: 'historical',
        cue: 'again',
        location: null,
        date: null,
      },
    ],
  });
  const articles = [...base.articles, c3];
  const [a1, b2] = base.articles;
  const rewritten = a1.claims!.map((c) => ({ ...c, speaker: { ...c.speaker!, entity: 'e1' } }));
  const sameDay = { ...ev, id: 'ev-0', reports: [ev.reports[0]] };
  const undated = { ...ev, id: 'ev-9', date: null, place: null, location: null, reports: [ev.reports[1]] };
  return {
    articles,
    corpus: {
      ...base,
      articles: [{ ...a1, claims: rewritten }, b2, c3],
      events: [ev, undated, sameDay],
      checks: [...base.checks, { ...k1, id: 'k0', eventId: 'ev-0' }],
    },
  };
}
