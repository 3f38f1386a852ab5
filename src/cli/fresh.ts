/**
 * The articles of an `analyze` run that the store does not hold yet, taken from ingest as it
 * reads them, so that a run holds a bounded number of articles whatever the size of its inputs:
 *   - an article met earlier in the run, or stored already, is counted and skipped (the run keeps
 *     only the ids it has met: 16 to 32 bytes an article, see id-set.ts);
 *   - an article with its publication date goes on at once;
 *   - an article without one is held, and dated at the end from everything stored (by then the
 *     run's dated articles, but for those still in the threads, which are added) and the held
 *     ones: the dates one run over the whole batch gives (`inferUndatedDates`).
 * At most `hold` undated articles are held: when that many wait, they are dated at once from
 * what is stored and held then, and go on. An article of the rest of the run that would have
 * dated them is then missed here; the corpus pass dates every such article again from
 * everything stored and analyses again those whose dates changed (`redate`), so the store ends
 * the same, at the cost of analysing those twice.
 */
import type { inferUndatedDates, IngestResult } from '../ingest/index.js';
import type { Article } from '../model.js';
import { oneLine } from '../text/one-line.js';
import { IdSet } from './id-set.js';

/** Undated articles held for dating at most, by default. */
export const HELD_UNDATED = 1000;

export interface FreshRun {
  /** ingest's results, read as they are needed */
  results: AsyncIterable<IngestResult>;
  /** the inputs, naming a failure of ingest itself */
  inputs: string[];
  isStored(id: string): Promise<boolean>;
  /** every stored article, with what ingest read of it (the articles undated ones are dated from) */
  stored(): Promise<Article[]>;
  inferUndatedDates: typeof inferUndatedDates;
  counts: { alreadyStored: number };
  fail(file: string, reason: string): void;
  stderr: { write(s: string): unknown };
  /** a signal came: read no further */
  stopped(): boolean;
  hold?: number;
}

export interface Fresh {
  articles: AsyncGenerator<Article>;
  /** the consumer is done with an article it took (stored, failed or queued) */
  settled: (id: string) => void;
}

export function freshArticles(run: FreshRun): Fresh {
  const hold = run.hold ?? HELD_UNDATED;
  // taken but not settled: the dated articles still in the threads, not yet in the store
  const taken = new Map<string, Article>();
  const seen = new IdSet();
  let held: Article[] = [];

  async function dated(): Promise<Article[]> {
    const undated = held;
    held = [];
    const ids = new Set(undated.map((a) => a.id));
    const stored = (await run.stored()).filter((a) => !ids.has(a.id));
    for (const a of stored) ids.add(a.id);
    const together = [...stored, ...[...taken.values()].filter((a) => !ids.has(a.id)), ...undated];
    try {
      return run.inferUndatedDates(together).slice(together.length - undated.length);
    } catch (err) {
      run.stderr.write(
        `sitrep: ${oneLine(`date inference failed, undated articles keep their lower bounds: ${(err as Error).message}`)}\n`,
      );
      return undated;
    }
  }

  // what goes on is remembered until settled
  function* give(list: Article[]): Generator<Article> {
    for (const a of list) {
      taken.set(a.id, a);
      yield a;
    }
  }

  async function* articles(): AsyncGenerator<Article> {
    try {
      for await (const result of run.results) {
        if (run.stopped()) return;
        if (result.kind === 'error') {
          run.fail(result.file, result.reason);
          continue;
        }
        const { article } = result;
        if (seen.has(article.id) || (await run.isStored(article.id))) {
          seen.add(article.id);
          run.counts.alreadyStored++;
          continue;
        }
        seen.add(article.id);
        if (article.published) yield* give([article]);
        else {
          held.push(article);
          if (held.length >= hold) yield* give(await dated());
        }
      }
    } catch (err) {
      run.fail(run.inputs.join(' '), `ingest failed: ${(err as Error).message}`);
    }
    if (run.stopped()) return;
    if (held.length) yield* give(await dated());
  }

  return { articles: articles(), settled: (id) => taken.delete(id) };
}
