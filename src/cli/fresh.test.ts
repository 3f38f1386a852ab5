import { describe, expect, it } from 'vitest';
import { buildArticle } from '../ingest/article.js';
import { inferUndatedDates, type IngestResult } from '../ingest/index.js';
import type { Article } from '../model.js';
import { freshArticles, type FreshRun } from './fresh.js';

const make = (path: string, text: string): Article => buildArticle({ path, format: 'text', text });
const dated1 = make(
  'a.txt',
  'Engineers Reach Izium\n\nSeptember 12, 2022\n\nEngineers reached Izium and Kupiansk as troops moved past Balakliia, officials in Kharkiv said.',
);
const dated2 = make(
  'b.txt',
  'Power Returns\n\nSeptember 13, 2022\n\nPower returned to parts of Izium while crews worked near Kupiansk and Balakliia, the governor of Kharkiv said.',
);
const weekdaysOnly = make(
  'c.txt',
  'Queues at the Checkpoint\n\nOn Monday, volunteers drove aid into Izium from Kharkiv, and on Tuesday a convoy reached Kupiansk and Balakliia, a coordinator said.',
);
const undated = (k: number) => make(`u${k}.txt`, `Report ${k}\n\nOn Friday, crews cleared the road near the depot.`);

/** A run over `articles`, recording how many ingest results were read, and a store of what the consumer settled. */
function run(articles: Article[], extra: Partial<FreshRun> = {}) {
  const log = { read: 0, stored: [] as Article[] };
  const results = (async function* (): AsyncGenerator<IngestResult> {
    for (const article of articles) {
      log.read++;
      yield { kind: 'article', article };
    }
  })();
  const counts = { alreadyStored: 0 };
  const fresh = freshArticles({
    results,
    inputs: ['in'],
    isStored: async (id) => log.stored.some((a) => a.id === id),
    stored: async () => log.stored,
    inferUndatedDates,
    counts,
    fail: (file, reason) => {
      throw new Error(`${file}: ${reason}`);
    },
    stderr: { write: () => true },
    stopped: () => false,
    ...extra,
  });
  return { fresh, log, counts };
}

describe('freshArticles', () => {
  it('hands on dated articles as read, and dates the undated ones at the end from the stored and those in hand', async () => {
    const { fresh, log } = run([weekdaysOnly, dated1, dated2]);
    const a = await fresh.articles.next();
    expect(a.value).toBe(dated1);
    expect(log.read).toBe(2);
    log.stored.push(dated1);
    fresh.settled(dated1.id);
    expect((await fresh.articles.next()).value).toBe(dated2);
    // dated2 is still in the threads (not settled, not stored): c is dated from both
    const c = (await fresh.articles.next()).value as Article;
    expect(c.path).toBe('c.txt');
    expect(c.published).toBe('2022-09-13');
    expect(c.messages.at(-1)!.message).toMatch(/median date \(2022-09-12\) of 2 related dated articles/);
    expect((await fresh.articles.next()).done).toBe(true);
  });
  it('holds at most `hold` undated articles: that many go on, dated, before the next input is read', async () => {
    const { fresh, log } = run([undated(1), undated(2), undated(3), dated1], { hold: 2 });
    const out: [string, number][] = [];
    for await (const a of fresh.articles) out.push([a.path, log.read]);
    expect(out).toEqual([
      ['u1.txt', 2],
      ['u2.txt', 2],
      ['a.txt', 4],
      ['u3.txt', 4],
    ]);
  });
  it('counts an article met twice in the run, or stored already, once each and hands it on never', async () => {
    const { fresh, log, counts } = run([dated1, dated2, dated1]);
    log.stored.push(dated2);
    const out: string[] = [];
    for await (const a of fresh.articles) out.push(a.path);
    expect(out).toEqual(['a.txt']);
    expect(counts.alreadyStored).toBe(2);
  });
});
