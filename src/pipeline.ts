/**
 * The pipeline, in one visible list. Article stages are pure functions of one article (plus
 * shared read-only resources such as the gazetteer); corpus stages see every stored article.
 * The store, the CLI and the server call `analyseArticle` and `analyseCorpus`; no stage
 * imports them.
 */
import type { ControlSnapshot } from './checks/control.js';
import type { Article, Check, Corpus } from './model.js';
import { analyseText } from './text/analyse.js';
import { geoparse, getGazetteer } from './geo/index.js';
import { shippedModel } from './attribution/tagger/index.js';
import { selectProfile } from './profiles/index.js';
import { extractQuantities } from './quantities/index.js';
import { resolveTime } from './time/index.js';
import { linkDuplicates, linkingDuplicates, substitutesFact } from './ingest/duplicates.js';
import { attribute } from './attribution/attribute.js';
import { corpusEntities, resolveEntities, withCorpusSpeakers, type CorpusEntities } from './entities/index.js';
import { hashId } from './hash-id.js';
import { extractEvents } from './events/index.js';
import { fuseEvents } from './fusion/index.js';
import {
  AreaCache,
  articleMapChecks,
  articleOwnChecks,
  checkArticle,
  checkControl,
  eventChecks,
  snapshotsOf,
  withChecks,
} from './checks/index.js';

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

/**
 * What the corpus stages hold of every article when a store drives them (`analyseStoredCorpus`):
 * ingest's fields but the text, and these layers. Everything else (the text, places, claims) is
 * read for the articles that need it only, a page at a time, so that memory does not grow with
 * the store. (`checks` and `quantities` tell which articles the control maps check.)
 */
export const CORPUS_HELD: readonly ArticleLayer[] = [
  'signature',
  'entities',
  'events',
  'holderClaims',
  'scale',
  'checks',
  'quantities',
];

/** A store's articles as `analyseStoredCorpus` reads them (the store's side is src/store/corpus-pass.ts). */
export interface StoredCorpus {
  /** every stored article with ingest's fields (its text empty) and the CORPUS_HELD layers, by path then id */
  held: Article[];
  /** the digest (`corpusKey`) the last such pass kept of what it gave each article, by id */
  keys: ReadonlyMap<string, string>;
  /** the whole articles with these ids, as the article stages left them, in any order */
  articles(ids: string[]): Promise<Article[]>;
  /** the articles with these ids with ingest's fields and only the `layers` named (and their text when `text`), in any order */
  layers(ids: string[], layers: readonly ArticleLayer[], text?: boolean): Promise<Article[]>;
  control?: ControlSnapshot[];
  settled?: ReadonlySet<string>;
}

// the articles of the pairs near-duplicate linking reads: a wire story's copies come in turn
const RECENT_PAIRS = 64;
// whole articles read at once
const PAGE = 500;

/**
 * What the corpus stages decide for one article beyond the corpus-level results: its duplicate
 * link, and the corpus entity (id, name, side) each of its own entities became, which its claims'
 * speakers take. Equal digests, equal rewritten layers.
 */
function corpusKey(a: Article, resolved: CorpusEntities): string {
  const speakers = (a.entities ?? []).map((e) => {
    const id = resolved.idOf.get(e.id);
    const c = id ? resolved.byId.get(id) : undefined;
    return [e.id, c?.id ?? null, c?.canonical ?? null, c?.side ?? null];
  });
  return hashId([JSON.stringify([a.duplicate_of ?? null, speakers])], 16);
}

/** Does the article make checks against the control maps (an area claim, a distance), which read its text? */
function checkedOnMaps(a: Article): boolean {
  return (a.quantities ?? []).some((q) => q.si_unit === 'km2') || (a.checks ?? []).some((c) => c.kind === 'within');
}

/**
 * The corpus stages of `analyseCorpus`, in the same order and with the same results, holding of
 * each article only what CORPUS_HELD names:
 *   - duplicates from the signatures, reading the two texts of a pair that may differ in a fact;
 *   - entities fused from the held entities; fusion and disputes from the held events and statements;
 *   - then, in the order of `held`, the articles whose corpus row may have changed are read whole
 *     (new since the last pass, another duplicate link or other corpus speakers than the digest
 *     the last pass kept, or checked on the maps): each gets its duplicate link and its claims'
 *     corpus speakers, is checked against the maps, and is handed to `finished` as the article
 *     stages left it (`before`), as the corpus stages leave it (`after`) and with its digest. The
 *     others keep the rows the last pass saved for them.
 * Returns the corpus with every corpus layer; its articles are the held ones, linked.
 */
export async function analyseStoredCorpus(
  stored: StoredCorpus,
  finished: (before: Article, after: Article, key: string) => Promise<void>,
): Promise<Corpus> {
  let corpus: Corpus = {
    articles: stored.held,
    entities: [],
    events: [],
    disputes: [],
    checks: [],
    control: stored.control,
    settled: stored.settled,
  };
  const recent = new Map<string, Article>();
  const whole = async (a: Article): Promise<Article> => {
    let found = recent.get(a.id);
    if (!found) {
      // what substitutesFact reads: the text and where its places are
      [found] = await stored.layers([a.id], ['toponyms', 'demonyms'], true);
      if (!found) throw new Error(`article ${a.id} is no longer stored`);
      if (recent.size >= RECENT_PAIRS) recent.delete(recent.keys().next().value!);
      recent.set(a.id, found);
    }
    return found;
  };
  const steps = linkingDuplicates(corpus);
  let step = steps.next();
  while (!step.done) step = steps.next(substitutesFact(await whole(step.value[0]), await whole(step.value[1])));
  corpus = step.value;
  recent.clear();

  const resolved = corpusEntities(corpus.articles);
  corpus = fuseEvents({ ...corpus, entities: resolved.entities });

  const snapshots = snapshotsOf(corpus);
  const own: Check[] = [];
  const onMaps: Check[] = [];
  const cache = new AreaCache('raster');
  // the articles as stored (their duplicate links as the last pass left them)
  const heldById = new Map(stored.held.map((a) => [a.id, a]));
  for (let start = 0; start < corpus.articles.length; start += PAGE) {
    const page = corpus.articles.slice(start, start + PAGE);
    const keys = page.map((a) => corpusKey(a, resolved));
    const again = page.filter(
      (a, k) => !stored.settled?.has(a.id) || stored.keys.get(a.id) !== keys[k] || checkedOnMaps(a),
    );
    // an article the maps check is read whole; of the others the corpus stages change the claims
    // only (their speakers), so that is all that is read of them beside what is held
    const onMapIds = again.filter(checkedOnMaps).map((a) => a.id);
    const read = new Map((await stored.articles(onMapIds)).map((a) => [a.id, a]));
    const claimsOnly = again.filter((a) => !read.has(a.id)).map((a) => a.id);
    const claims = new Map((await stored.layers(claimsOnly, ['claims'])).map((a) => [a.id, a.claims]));
    for (const [k, a] of page.entries()) {
      const held = heldById.get(a.id)!;
      const before = read.get(a.id) ?? (claims.has(a.id) ? { ...held, claims: claims.get(a.id) } : undefined);
      if (!before) {
        // as the last pass left it: its own checks are held, and it has none on the maps
        own.push(...articleOwnChecks(a));
        continue;
      }
      const after = withCorpusSpeakers(
        a.duplicate_of === before.duplicate_of ? before : { ...before, duplicate_of: a.duplicate_of },
        resolved,
      );
      own.push(...articleOwnChecks(after));
      onMaps.push(...articleMapChecks(corpus, after, snapshots, cache));
      await finished(before, after, keys[k]!);
    }
  }
  return withChecks(corpus, [...own, ...eventChecks(corpus.events, snapshots), ...onMaps]);
}
