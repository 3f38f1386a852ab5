import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../../test/server/fixture.js';
import type { Corpus } from '../model.js';
import { SqliteBackend } from '../store/backend.js';
import { Store } from '../store/index.js';
import {
  applyCorpusDelta,
  corpusDelta,
  DELTA_FIELDS,
  emptyDelta,
  fingerprints,
  FingerprintsBuilder,
  rowDigest,
  rowsDelta,
  type Fingerprints,
} from './delta.js';

const clone = (c: Corpus): Corpus => structuredClone(c);

describe('corpus deltas (writer thread → request thread)', () => {
  it('an unchanged corpus gives an empty delta, and applying it changes nothing', () => {
    const corpus = fixtureCorpus();
    const { delta } = corpusDelta(fingerprints(corpus), clone(corpus));
    expect(emptyDelta(delta)).toBe(true);
    expect(applyCorpusDelta(corpus, delta)).toEqual(corpus);
  });

  it('sends only what changed, and the request thread rebuilds the new corpus exactly', () => {
    const before = fixtureCorpus();
    const next = clone(before);
    // a new article, an event changed, one removed, the disputes reordered, control replaced
    next.articles.push({ ...next.articles[0]!, id: 'a-new', text: 'A fourth report.' });
    next.events[0] = {
      ...next.events[0]!,
      sub_event_type: 'Armed clash',
      reports: next.events[0]!.reports.slice(0, 1),
    };
    next.events.splice(1, 1);
    next.disputes.reverse();
    next.control = [{ ...next.control![0]!, id: 'another', time: next.control![0]!.time + 86400 }];
    const { delta, prints } = corpusDelta(fingerprints(before), next);
    expect(delta.fields.articles?.changed.map(([k]) => k)).toEqual(['a-new']);
    expect(delta.fields.events?.changed.map(([k]) => k)).toEqual([next.events[0]!.id]);
    expect(delta.fields.entities).toBeUndefined();
    expect(delta.fields.disputes?.changed).toEqual([]);
    expect(delta.control).toBeDefined();
    expect(applyCorpusDelta(before, structuredClone(delta))).toEqual(next);
    // the fingerprints returned describe `next`: the same corpus again is no change
    expect(emptyDelta(corpusDelta(prints, clone(next)).delta)).toBe(true);
  });

  it('keeps items that share an id apart, by occurrence', () => {
    const before = fixtureCorpus();
    const check = before.checks[0]!;
    before.checks.push({ ...check, verdict: 'unverifiable' });
    const next = clone(before);
    next.checks[next.checks.length - 1] = { ...check, verdict: 'inconsistent' };
    const { delta } = corpusDelta(fingerprints(before), next);
    expect(delta.fields.checks?.changed).toHaveLength(1);
    expect(applyCorpusDelta(before, delta)).toEqual(next);
  });

  it('refuses a delta computed against another corpus rather than serve a wrong one', () => {
    const other = fixtureCorpus();
    const next = clone(other);
    next.events.push({ ...next.events[0]!, id: 'E9' });
    const { delta } = corpusDelta(fingerprints(other), next);
    const elsewhere = { ...other, events: other.events.slice(1) };
    expect(() => applyCorpusDelta(elsewhere, delta)).toThrow(/neither it nor the corpus holds/);
  });

  it('fingerprints taken an item at a time are those of the whole corpus', () => {
    const corpus = fixtureCorpus();
    // a repeated id among them: keyed by occurrence either way
    corpus.checks.push({ ...corpus.checks[0]!, verdict: 'unverifiable' });
    const built = new FingerprintsBuilder();
    for (const field of DELTA_FIELDS) for (const item of corpus[field]) built.add(field, item, JSON.stringify(item));
    expect(built.done(corpus.control)).toEqual(fingerprints(corpus));
    // another item's JSON gives another digest: what `add` is handed is what is digested
    const other = new FingerprintsBuilder();
    for (const field of DELTA_FIELDS)
      for (const item of corpus[field]) other.add(field, item, field === 'events' ? '{}' : JSON.stringify(item));
    expect(other.done(corpus.control)).not.toEqual(fingerprints(corpus));
  });
});

describe('corpus deltas from a store’s rows', () => {
  const lists = (c: Corpus) => DELTA_FIELDS.map((f) => JSON.stringify(c[f]));

  it('parses and sends only the rows that changed, and the request thread rebuilds the store’s corpus exactly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-rows-delta-'));
    const store = Store.open(join(dir, 's.db'));
    const backend = new SqliteBackend(store);
    try {
      const corpus = fixtureCorpus();
      for (const a of corpus.articles) store.saveArticle(a);
      store.saveCorpus(corpus);
      const stored = async () => ({ ...(await backend.loadCorpus()), control: await backend.loadControl() });
      const delta = (before: Fingerprints) =>
        backend.readCorpus(async (read) => rowsDelta(before, read.rows, await backend.loadControl()));

      // from nothing: every row is new, and the corpus the delta makes is the store's, byte for byte
      const nothing = new FingerprintsBuilder().done(undefined);
      const empty: Corpus = { articles: [], entities: [], events: [], disputes: [], checks: [] };
      const first = await delta(nothing);
      const served = applyCorpusDelta(empty, first.delta);
      const expected = await stored();
      expect(lists(served)).toEqual(lists(expected));
      expect(served.control).toEqual(expected.control);

      // read again unchanged: nothing to send
      const again = await delta(first.prints);
      expect(emptyDelta(again.delta)).toBe(true);
      expect(again.prints).toEqual(first.prints);

      // another article and a changed event: those rows only
      const next = structuredClone(corpus);
      next.articles.push({ ...next.articles[0]!, id: 'a-new', path: 'new.txt', text: 'A fourth report.' });
      next.events[0] = { ...next.events[0]!, sub_event_type: 'Armed clash' };
      store.saveArticle(next.articles[next.articles.length - 1]!);
      store.saveCorpus(next);
      const second = await delta(first.prints);
      expect(second.delta.fields.articles?.changed.map(([k]) => k)).toEqual(['a-new']);
      expect(second.delta.fields.events?.changed.map(([k]) => k)).toEqual([next.events[0].id]);
      expect(second.delta.fields.entities).toBeUndefined();
      const servedNow = applyCorpusDelta(served, second.delta);
      expect(lists(servedNow)).toEqual(lists(await stored()));

      // a corpus pass that links one article to another, its own row as it was: that one is read
      // again (its revision moved), no other article
      const linked = structuredClone(next);
      const copy = linked.articles[1]!;
      linked.articles[1] = { ...copy, duplicate_of: linked.articles[0]!.id };
      store.saveCorpus(linked);
      const third = await delta(second.prints);
      expect(third.delta.fields.articles?.changed.map(([k]) => k)).toEqual([copy.id]);
      expect(lists(applyCorpusDelta(servedNow, third.delta))).toEqual(lists(await stored()));
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a row’s digest tells its texts apart however they are cut', () => {
    expect(rowDigest(['ab', 'c'])).not.toBe(rowDigest(['a', 'bc']));
    expect(rowDigest([null])).not.toBe(rowDigest(['']));
    expect(rowDigest(['x', null])).toBe(rowDigest(['x', null]));
  });
});
