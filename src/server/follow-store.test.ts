import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, sampleCorpus } from '../../test/cli/fixtures.js';
import { SqliteBackend } from '../store/backend.js';
import { Store } from '../store/index.js';
import { followStore, QUIET_MS } from './follow-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-follow-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('serve follows the store', () => {
  it('reads the corpus again once another connection wrote and then paused, not before, and not for its own writes', async () => {
    const path = join(dir, 's.db');
    const served = Store.open(path);
    const other = Store.open(path);
    let now = 0;
    const backend = new SqliteBackend(served);
    const newer = followStore(backend, await backend.changedElsewhere(), () => now);
    expect(await newer()).toBe(false);

    // its own writes (POST /api/articles, by the writer thread) are known to the writer
    served.saveArticle(article({ id: 'own', text: 'Troops held the bridge.' }));
    now += QUIET_MS * 2;
    expect(await newer()).toBe(false);

    // another process's analyze: one commit per article, then the corpus pass
    other.saveArticle(article({ id: 'b1', text: 'Shelling hit the depot.' }));
    now += 300;
    expect(await newer()).toBe(false); // seen, but still being written
    other.saveCorpus(sampleCorpus());
    now += 300;
    expect(await newer()).toBe(false);
    now += QUIET_MS;
    expect(await newer()).toBe(true);
    const corpus = await backend.loadCorpus();
    expect(corpus.articles.map((a) => a.id)).toEqual(expect.arrayContaining(['own', 'b1']));
    expect(corpus.events.length).toBe(sampleCorpus().events.length);
    // served once: nothing new since
    now += QUIET_MS * 2;
    expect(await newer()).toBe(false);
    served.close();
    other.close();
  });
});
