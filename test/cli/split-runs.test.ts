import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { dumpStore, examples, sitrep } from './helpers.js';

// A store grown run by run (the corpus pass then compares only pairs with a newer article for
// near-duplicates) holds what one run over everything gives.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-split-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => join(examples, name);
const WIRE = '2022-09-09-eastern-courier-wire-reinforcements.txt';
const FEED = '2022-09-10-feed.jsonl'; // carries the same wire story as its first item

describe('sitrep analyze in several runs', () => {
  it('gives the one-run store for splits in either order, the wire copies linked across runs', () => {
    const whole = join(dir, 'whole.db');
    expect(sitrep(['analyze', examples, '--db', whole, '--jobs', '1']).status).toBe(0);
    const expected = dumpStore(whole);
    const splits = [
      [[file(WIRE), file('2022-09-06-kyiv-ledger-balakliia.txt')], [file(FEED)], [examples]],
      [[file(FEED), file('2022-09-11-continental-review-izium.md')], [file(WIRE)], [examples]],
    ];
    splits.forEach((runs, k) => {
      const db = join(dir, `split-${k}.db`);
      for (const inputs of runs) {
        const r = sitrep(['analyze', ...inputs, '--db', db, '--jobs', '1']);
        expect(r.status, r.stderr).toBe(0);
      }
      expect(dumpStore(db)).toBe(expected);
    });
    const store = Store.open(whole);
    try {
      expect(store.loadArticles({ layers: false }).filter((a) => a.duplicate_of)).toHaveLength(1);
      expect(store.settledIds().size).toBe(store.articleCount());
    } finally {
      store.close();
    }
  }, 300_000);
  it('dates an undated article from relatives that arrive in a later run, as one run over all of them does', () => {
    const inputs = join(dir, 'undated');
    mkdirSync(inputs, { recursive: true });
    const write = (name: string, text: string) => {
      writeFileSync(join(inputs, name), text);
      return join(inputs, name);
    };
    const first = write(
      'a.txt',
      'Engineers Reach Izium\n\nSeptember 12, 2022\n\nEngineers reached Izium and Kupiansk as troops moved past Balakliia, officials in Kharkiv said.\n',
    );
    const second = write(
      'b.txt',
      'Power Returns\n\nSeptember 13, 2022\n\nPower returned to parts of Izium while crews worked near Kupiansk and Balakliia, the governor of Kharkiv said.\n',
    );
    const undated = write(
      'c.txt',
      'Queues at the Checkpoint\n\nOn Monday, volunteers drove aid into Izium from Kharkiv, and on Tuesday a convoy reached Kupiansk and Balakliia, a coordinator said.\n',
    );
    const whole = join(dir, 'undated-whole.db');
    expect(sitrep(['analyze', inputs, '--db', whole, '--jobs', '1']).status).toBe(0);
    const expected = dumpStore(whole);
    const store = Store.open(whole);
    try {
      expect(store.loadArticles({ layers: false }).find((a) => a.path.endsWith('c.txt'))?.published).toBe('2022-09-13');
    } finally {
      store.close();
    }
    // the undated report first, alone (nothing to date it from), or between its relatives
    for (const [k, runs] of [
      [[undated], [first, second]],
      [[first], [undated], [second]],
    ].entries()) {
      const db = join(dir, `undated-split-${k}.db`);
      for (const run of runs) {
        const r = sitrep(['analyze', ...run, '--db', db, '--jobs', '1']);
        expect(r.status, r.stderr).toBe(0);
      }
      expect(dumpStore(db)).toBe(expected);
    }
  });
});
