/**
 * The pipeline, in one visible list. Article stages are pure functions of one article (plus
 * shared read-only resources such as the gazetteer); corpus stages see every stored article.
 * The store, the CLI and the server call `analyseArticle` and `analyseCorpus`; no stage
 * imports them.
 */
import type { ControlSnapshot } from './checks/control.js';
import type { Article, Corpus } from './model.js';
import { analyseText } from './text/analyse.js';
import { geoparse, getGazetteer } from './geo/index.js';
import { shippedModel } from './attribution/tagger/index.js';
import { selectProfile } from './profiles/index.js';
import { extractQuantities } from './quantities/index.js';
import { resolveTime } from './time/index.js';
import { linkDuplicates } from './ingest/duplicates.js';
import { attribute } from './attribution/attribute.js';
import { resolveEntities } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { fuseEvents } from './fusion/index.js';
import { checkArticle, checkControl } from './checks/index.js';

/**
 * A layer of the Article: one of its fields. `messages` is none: any stage may append to it (never
 * change or drop what is there), so no stage declares it.
 */
export type ArticleLayer = Exclude<keyof Article, 'messages'>;
/** A layer of the Corpus, or a layer of its articles (`articles.claims`). */
export type CorpusLayer = Exclude<keyof Corpus, 'articles'> | `articles.${ArticleLayer}`;

/** What ingest gives an article before any stage runs (src/ingest/article.ts). */
// prettier-ignore
export const ARTICLE_INPUT: readonly ArticleLayer[] = [
  'id', 'path', 'format', 'text', 'title', 'url', 'outlet', 'published', 'published_on_or_after',
  'wire', 'language', 'duplicate_of', 'signature', 'read_dates', 'profile',
];
/**
 * What `analyseCorpus` gives the corpus stages beside the analysed articles: what the store knows
 * (the control maps, the articles the last pass saw), and the corpus layers, empty, for the stages
 * to add to.
 */
export const CORPUS_INPUT: readonly CorpusLayer[] = ['control', 'settled', 'entities', 'events', 'disputes', 'checks'];

/**
 * A stage, with the layers it reads (`requires`) and writes (`assigns`), as spaCy's components
 * declare them: src/pipeline.layers.test.ts checks that a stage writes nothing else and reads
 * only what ingest or an earlier stage wrote.
 */
export type ArticleStage = {
  name: string;
  requires: readonly ArticleLayer[];
  assigns: readonly ArticleLayer[];
  run: (article: Article) => Article;
  /** loads the stage's read-only resources (the gazetteer, the tagger's weights) once per process */
  prepare?: () => void;
};
export type CorpusStage = {
  name: string;
  requires: readonly CorpusLayer[];
  assigns: readonly CorpusLayer[];
  run: (corpus: Corpus) => Corpus;
};

export const articleStages: ArticleStage[] = [
  { name: 'text', requires: ['text'], assigns: ['sentences', 'tokens'], run: analyseText },
  {
    name: 'geo',
    requires: ['text', 'tokens'],
    assigns: ['toponyms', 'demonyms'],
    run: geoparse,
    prepare: () => void getGazetteer(),
  },
  { name: 'profile', requires: ['profile', 'toponyms'], assigns: ['profile'], run: selectProfile },
  { name: 'quantities', requires: ['text', 'language'], assigns: ['quantities'], run: extractQuantities },
  {
    name: 'time',
    requires: ['text', 'language', 'published', 'published_on_or_after'],
    assigns: ['timexes'],
    run: resolveTime,
  },
  {
    name: 'attribution',
    // prettier-ignore
    requires: ['id', 'text', 'language', 'sentences', 'tokens', 'toponyms', 'demonyms', 'quantities', 'timexes'],
    assigns: ['claims', 'entities'],
    run: attribute,
    prepare: () => void shippedModel(),
  },
  {
    name: 'events',
    // prettier-ignore
    requires: [
      'id', 'text', 'title', 'language', 'published', 'published_on_or_after', 'sentences', 'tokens',
      'toponyms', 'quantities', 'timexes', 'claims', 'entities', 'profile',
    ],
    assigns: ['events', 'nonEvents', 'holderClaims', 'scale'],
    run: extractEvents,
  },
  {
    name: 'checks',
    requires: ['id', 'text', 'sentences', 'toponyms', 'claims'],
    assigns: ['checks'],
    run: checkArticle,
  },
];

export const corpusStages: CorpusStage[] = [
  {
    name: 'duplicates',
    // prettier-ignore
    requires: [
      'settled', 'articles.id', 'articles.path', 'articles.published', 'articles.published_on_or_after',
      'articles.text', 'articles.signature', 'articles.duplicate_of',
    ],
    assigns: ['articles.duplicate_of'],
    run: linkDuplicates,
  },
  {
    name: 'entities',
    requires: ['articles.entities', 'articles.claims'],
    assigns: ['entities', 'articles.claims'],
    run: resolveEntities,
  },
  {
    name: 'fusion',
    // prettier-ignore
    requires: [
      'entities', 'articles.id', 'articles.path', 'articles.outlet', 'articles.wire', 'articles.published',
      'articles.published_on_or_after', 'articles.duplicate_of', 'articles.claims', 'articles.events',
      'articles.holderClaims', 'articles.scale',
    ],
    assigns: ['events', 'disputes'],
    run: fuseEvents,
  },
  {
    name: 'checks',
    // prettier-ignore
    requires: [
      'control', 'events', 'checks', 'articles.id', 'articles.text', 'articles.duplicate_of', 'articles.sentences',
      'articles.toponyms', 'articles.demonyms', 'articles.quantities', 'articles.timexes', 'articles.claims', 'articles.checks',
    ],
    assigns: ['checks'],
    run: checkControl,
  },
];

let prepared = false;

/** Loads every stage's read-only resources, once per process (a worker thread is a process here). */
export function prepareStages(): void {
  if (prepared) return;
  for (const stage of articleStages) {
    try {
      stage.prepare?.();
    } catch {
      // the stage meets the same failure when it runs, and records it on the article
    }
  }
  prepared = true;
}

/** Seconds an article's stages may take before the rest are skipped (`--article-timeout`). */
export const DEFAULT_ARTICLE_SECONDS = 30;

/**
 * Runs the article stages in order. A stage that throws leaves a message and the next stage
 * runs; once the article has taken more than `budget.seconds`, the stages not yet run are skipped,
 * each with one message naming it, and what finished is kept: a pathological text (a megabyte on
 * one line) costs at most one stage past the budget, and the run goes on with the next article.
 */
export function analyseArticle(article: Article, budget: { seconds?: number } = {}): Article {
  const seconds = budget.seconds ?? DEFAULT_ARTICLE_SECONDS;
  // the process's first article does not pay for loading the gazetteer and the weights: on a
  // loaded machine that alone can take longer than an article's budget
  prepareStages();
  const started = performance.now();
  let a = article;
  for (const stage of articleStages) {
    const spent = (performance.now() - started) / 1000;
    if (stage !== articleStages[0] && spent >= seconds) {
      a = {
        ...a,
        messages: [
          ...a.messages,
          {
            stage: stage.name,
            severity: 'warning',
            message: `not run: the article took ${spent.toFixed(1)} s of its ${seconds} s budget (--article-timeout); the stages before it are kept`,
          },
        ],
      };
      continue;
    }
    try {
      a = stage.run(a);
    } catch (err) {
      a = {
        ...a,
        messages: [
          ...a.messages,
          { stage: stage.name, severity: 'error', message: `stage failed: ${(err as Error).message}` },
        ],
      };
    }
  }
  return a;
}

export function analyseCorpus(articles: Article[], control?: ControlSnapshot[], settled?: ReadonlySet<string>): Corpus {
  let corpus: Corpus = { articles, entities: [], events: [], disputes: [], checks: [], control, settled };
  for (const stage of corpusStages) corpus = stage.run(corpus);
  return corpus;
}
