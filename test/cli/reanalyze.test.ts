import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { dumpStore, examples, sitrep } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-reanalyze-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep reanalyze', () => {
  it('recomputes every layer and corpus result from the stored texts: a store whose findings were lost is whole again', () => {
    const db = join(dir, 'examples.db');
    expect(sitrep(['analyze', examples, '--db', db, '--jobs', '1']).status).toBe(0);
    const original = dumpStore(db);

    // what an older version would have left: other layers, no fused events
    const store = Store.open(db);
    store.db.exec(
      `UPDATE articles SET layers = json_set(json_remove(layers, '$.toponyms', '$.claims'), '$.events', json('[]'), '$.messages', json('[]'))`,
    );
    store.db.exec('DELETE FROM event_reports; DELETE FROM events; DELETE FROM entities');
    store.close();
    expect(dumpStore(db)).not.toBe(original);

    const r = sitrep(['reanalyze', '--db', db, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^11 articles in .*examples\.db \(11 re-analysed, 0 failed\)/);
    // the ingest messages (how each date was read) were lost above with the others: they are not
    // recomputed (ingest does not run again), so compare without the messages (nor the count of
    // them that an article dated from others keeps in read_dates)
    const withoutMessages = (dump: string) => dump.replace(/\\"messages\\":(?:\[[^\]]*\]|\d+)/g, '');
    expect(withoutMessages(dumpStore(db))).toBe(withoutMessages(original));
  }, 300_000);

  it('leaves an intact store as it was', () => {
    const db = join(dir, 'intact.db');
    expect(sitrep(['analyze', examples, '--db', db, '--jobs', '1']).status).toBe(0);
    const before = dumpStore(db);
    expect(sitrep(['reanalyze', '--db', db, '--jobs', '1']).status).toBe(0);
    expect(dumpStore(db)).toBe(before);
  }, 300_000);

  it('never creates a store, and says so in one line', () => {
    const r = sitrep(['reanalyze', '--db', join(dir, 'none.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/none\.db: no store there/);
    const extra = sitrep(['reanalyze', 'some-file.txt']);
    expect(extra.status).toBe(1);
    expect(extra.stderr).toMatch(
      /unexpected argument 'some-file\.txt' \(reanalyze reads the store; to add articles, use analyze\)/,
    );
  });
});
