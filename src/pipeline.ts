/**
 * The pipeline, in one visible list. Article stages are pure functions of one article (plus
 * shared read-only resources such as the gazetteer); corpus stages see every stored article.
 * The store, the CLI and the server call `analyseArticle` and `analyseCorpus`; no stage
 * imports them.
 */
import type { ControlSnapshot } from './checks/control.js';
import type { Article, Corpus } from './model.js';
import { analyseText } from './text/analyse.js';
import { geoparse } from './geo/index.js';
import { selectProfile } from './profiles/index.js';
import { extractQuantities } from './quantities/index.js';
import { resolveTime } from './time/index.js';
import { linkDuplicates } from './ingest/duplicates.js';
import { attribute } from './attribution/attribute.js';
import { resolveEntities } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { fuseEvents } from './fusion/index.js';
import { checkArticle, checkControl } from './checks/index.js';

export type ArticleStage = { name: string; run: (article: Article) => Article };
export type CorpusStage = { name: string; run: (corpus: Corpus) => Corpus };

export const articleStages: ArticleStage[] = [
  { name: 'text', run: analyseText },
  { name: 'geo', run: geoparse },
  { name: 'profile', run: selectProfile },
  { name: 'quantities', run: extractQuantities },
  { name: 'time', run: resolveTime },
  { name: 'attribution', run: attribute },
  { name: 'events', run: extractEvents },
  { name: 'checks', run: checkArticle },
  // geo (#3), attribution + entities + quantities + time (#4), events (#5), checks (#6) join here
];

export const corpusStages: CorpusStage[] = [
  { name: 'duplicates', run: linkDuplicates },
  { name: 'entities', run: resolveEntities },
  { name: 'fusion', run: fuseEvents },
  { name: 'checks', run: checkControl },
  // duplicates (#2), entities across articles (#4), fusion (#5), checks (#6) join here
];

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
  const started = performance.now();
  let a = article;
  for (const stage of articleStages) {
    const spent = (performance.now() - started) / 1000;
    if (stage !== articleStages[0] && spent >= seconds) {
      a = { ...a, messages: [...a.messages, { stage: stage.name, severity: 'warning', message: `not run: the article took ${spent.toFixed(1)} s of its ${seconds} s budget (--article-timeout); the stages before it are kept` }] };
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
