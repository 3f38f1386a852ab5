/**
 * Each stage declares the layers it reads (`requires`) and writes (`assigns`) in src/pipeline.ts;
 * run over the sample corpus and a few articles of our own, no stage writes outside its layers
 * (messages only grow), and every layer it reads was written by ingest or an earlier stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteer } from './geo/gazetteer.js';
import { readSource } from './ingest/index.js';
import { inferUndatedDates } from './ingest/infer-undated.js';
import type { Article, Corpus } from './model.js';
import {
  ARTICLE_INPUT,
  articleStages,
  CORPUS_INPUT,
  corpusStages,
  type ArticleLayer,
  type CorpusLayer,
} from './pipeline.js';
import { plainArticle } from './testing/article.js';

const sample = join(import.meta.dirname, '..', 'examples', 'kharkiv-2022');

function inputs(): Article[] {
  const read = readdirSync(sample)
    .sort()
    .flatMap((f) => readSource(join(sample, f), readFileSync(join(sample, f))))
    .flatMap((r) => (r.kind === 'article' ? [r.article] : []));
  const own = [
    plainArticle('The regional governor said on Monday that the town of Lyman was under Ukrainian control again.', {
      id: 'own-1',
      published: '2022-10-03',
    }),
    plainArticle('Two people were wounded when shells hit a market in Kharkiv last night, officials said.', {
      id: 'own-2',
    }),
    plainArticle('Окупанти обстріляли Харків уночі.', { id: 'own-3', language: 'uk' }),
    plainArticle('', { id: 'own-4' }),
  ];
  return inferUndatedDates([...read, ...own]);
}

/** The keys whose values differ between two objects (missing and undefined alike). */
function changed(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !isDeepStrictEqual(b[k], a[k]));
}

/** The fields a stage read, while it runs (a stage may hand back the very object it was given). */
class Reads {
  readonly keys = new Set<string>();
  on = true;
}

/**
 * `target` behind a proxy that records the fields read from it (as `prefix + key`). Copying the
 * object (`{ ...a }`, JSON.stringify) asks for a field's descriptor before its value: that is no
 * read of the field, and is not recorded; a read from the copy afterwards is not seen.
 */
function watched<T extends object>(target: T, prefix: string, reads: Reads): T {
  const copying = new Set<string | symbol>();
  return new Proxy(target, {
    getOwnPropertyDescriptor(t, key) {
      copying.add(key);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    get(t, key, receiver) {
      if (!copying.delete(key) && reads.on && typeof key === 'string' && Object.hasOwn(t, key))
        reads.keys.add(prefix + key);
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
}

describe('the stages of src/pipeline.ts and their layers', () => {
  // loaded once, before the stages are timed by the test's budget (a loaded machine takes a minute)
  beforeAll(() => void getGazetteer());

  it('declare reads that ingest or an earlier stage wrote', () => {
    const written = new Set<string>(ARTICLE_INPUT);
    for (const stage of articleStages) {
      expect(
        stage.requires.filter((l) => !written.has(l)),
        stage.name,
      ).toEqual([]);
      for (const l of stage.assigns) written.add(l);
    }
    const corpusWritten = new Set<string>([...CORPUS_INPUT, ...[...written].map((l) => `articles.${l}`)]);
    for (const stage of corpusStages) {
      expect(
        stage.requires.filter((l) => !corpusWritten.has(l)),
        `corpus ${stage.name}`,
      ).toEqual([]);
      for (const l of stage.assigns) corpusWritten.add(l);
    }
  });

  it('write only their layers, append to messages, and read only what they declare', () => {
    const analysed: Article[] = [];
    for (let article of inputs()) {
      for (const stage of articleStages) {
        const reads = new Reads();
        const next = stage.run(watched(article, '', reads));
        reads.on = false;
        const where = `${stage.name} on ${article.path}`;
        const outside = changed(article, next).filter(
          (k) => k !== 'messages' && !stage.assigns.includes(k as ArticleLayer),
        );
        expect(outside, where).toEqual([]);
        expect(next.messages.slice(0, article.messages.length), where).toEqual(article.messages);
        expect(
          stage.assigns.filter((l) => !(l in next)),
          `${where}: declared, not written`,
        ).toEqual([]);
        expect(
          [...reads.keys].filter((k) => k !== 'messages' && !stage.requires.includes(k as ArticleLayer)),
          `${where}: read, not declared`,
        ).toEqual([]);
        article = next;
      }
      analysed.push(article);
    }

    let corpus: Corpus = {
      articles: analysed,
      entities: [],
      events: [],
      disputes: [],
      checks: [],
      control: [],
      settled: new Set(),
    };
    for (const stage of corpusStages) {
      const reads = new Reads();
      const seen = watched(
        { ...corpus, articles: corpus.articles.map((a) => watched(a, 'articles.', reads)) },
        '',
        reads,
      );
      const next = stage.run(seen);
      reads.on = false;
      const outside = changed(corpus, next).filter(
        (k) => k !== 'articles' && !stage.assigns.includes(k as CorpusLayer),
      );
      expect(
        next.articles.map((a) => a.id),
        stage.name,
      ).toEqual(corpus.articles.map((a) => a.id));
      next.articles.forEach((a, i) => {
        const before = corpus.articles[i]!;
        outside.push(
          ...changed(before, a)
            .filter((k) => k !== 'messages' && !stage.assigns.includes(`articles.${k}` as CorpusLayer))
            .map((k) => `articles.${k}`),
        );
        expect(a.messages.slice(0, before.messages.length), stage.name).toEqual(before.messages);
      });
      expect([...new Set(outside)], `corpus ${stage.name}`).toEqual([]);
      const undeclared = [...reads.keys].filter(
        (k) => k !== 'articles' && k !== 'articles.messages' && !stage.requires.includes(k as CorpusLayer),
      );
      expect(undeclared, `corpus ${stage.name}: read, not declared`).toEqual([]);
      corpus = next;
    }
    // the run was not empty: every stage had something to read
    expect(corpus.events.length).toBeGreaterThan(0);
  });
});
