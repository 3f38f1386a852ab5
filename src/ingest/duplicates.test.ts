import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../model.js';
import { contentId } from './article.js';
import { estimateJaccard, linkDuplicates, linkingDuplicates, minhashSignature, substitutesFact } from './duplicates.js';
import { plainArticle } from '../testing/article.js';

const WIRE =
  'Ukrainian forces pushed deeper into the Kharkiv region on Saturday, entering the rail hub of Kupiansk after a rapid advance that caught Russian units off guard, ' +
  'officials in Kyiv said. Photographs shared by the security service showed soldiers holding a flag outside the town hall while residents watched from doorways. ' +
  'The Russian defence ministry said its troops were regrouping towards Donetsk to strengthen positions there, a statement that military bloggers in Moscow greeted with anger. ' +
  'Further south, shelling continued around Bakhmut, where regional officials said three civilians had been killed overnight and a school had been damaged.';

const article = (path: string, text: string, published: string | null): Article =>
  plainArticle(text, { id: contentId(text), path, published, signature: minhashSignature(text) });
const corpus = (articles: Article[]): Corpus => ({ articles, entities: [], events: [], disputes: [], checks: [] });

describe('near-duplicates', () => {
  const a = article('b/first.txt', WIRE, '2022-09-10');
  const b = article(
    'a/copy.txt',
    `Kupiansk Falls to Ukrainian Troops\n\n${WIRE}\nThe outlet contributed to this report.`,
    '2022-09-11',
  );
  const c = article(
    'c/other.txt',
    'Residents of Kupiansk queued for water on Saturday as engineers repaired a pumping station damaged in the fighting, the mayor said, adding that power would take longer to restore.',
    '2022-09-10',
  );

  it('estimates high similarity for the same wire story and low for a different story', () => {
    expect(estimateJaccard(a.signature!, b.signature!)).toBeGreaterThanOrEqual(0.5);
    expect(estimateJaccard(a.signature!, c.signature!)).toBeLessThan(0.2);
    expect(minhashSignature(WIRE)).toEqual(a.signature);
  });
  it('keeps the values of its hash family: signatures stored by earlier versions stay comparable', () => {
    // values from the family's first implementation (three reductions mod P per hash)
    const sig = minhashSignature(
      'Engineers restored power to the northern district on Tuesday after two days of outages, the utility said.',
    );
    expect(sig.slice(0, 6)).toEqual([1168256794, 35624568, 6002665, 262769885, 494761416, 7758270]);
    expect(sig.reduce((x, y) => x + y, 0)).toBe(46418127525);
    expect(minhashSignature('')).toEqual(new Array(128).fill(Number.MAX_SAFE_INTEGER));
    // words of other scripts: the shingle is hashed as UTF-8, whatever form the digest is read in
    const cyrillic = minhashSignature(
      "Сили оборони звільнили Балаклію та Куп'янськ; the mayor of Izium, Valerii Marchenko, said on Saturday that Ukrainian forces were in the city.",
    );
    expect(cyrillic.slice(0, 6)).toEqual([202327534, 453789288, 211778758, 88410779, 5797117, 65057494]);
    expect(cyrillic.reduce((x, y) => x + y, 0)).toBe(28248493380);
  });
  it('links copies to the earliest member, whatever the input order', () => {
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, c, a],
    ]) {
      const linked = linkDuplicates(corpus(order)).articles;
      const byPath = Object.fromEntries(linked.map((x) => [x.path, x.duplicate_of]));
      expect(byPath).toEqual({ 'b/first.txt': null, 'a/copy.txt': a.id, 'c/other.txt': null });
    }
  });
  it('keeps the groups the last pass found among the articles it saw, and compares only pairs with a newer one', () => {
    const first = linkDuplicates(corpus([a, c])).articles;
    // one pass over all three, and a pass that knows a and c were seen before: the same links
    const whole = linkDuplicates(corpus([a, b, c])).articles;
    const settledPass = linkDuplicates({ ...corpus([...first, b]), settled: new Set([a.id, c.id]) }).articles;
    const links = (xs: Article[]) => Object.fromEntries(xs.map((x) => [x.path, x.duplicate_of]));
    expect(links(settledPass)).toEqual(links(whole));
    // a pair of settled articles is not compared again: what the last pass found stands
    const earlier = { ...b, id: 'seen-copy', duplicate_of: null };
    const kept = linkDuplicates({ ...corpus([a, earlier]), settled: new Set([a.id, 'seen-copy']) }).articles;
    expect(kept.map((x) => x.duplicate_of)).toEqual([null, null]);
    // and a link the last pass made is kept with its group's earliest member
    const linked = linkDuplicates({
      ...corpus([a, { ...earlier, duplicate_of: a.id }]),
      settled: new Set([a.id, 'seen-copy']),
    }).articles;
    expect(linked.map((x) => x.duplicate_of)).toEqual([null, a.id]);
  });
  it('hands out the pairs to compare story by story, and links as any order would', () => {
    // three stories, each in eight copies that each change a few words, so that a story's copies
    // fall into several buckets of a band; by date the stories' copies come interleaved
    // words of letters only: a changed word with a digit would be a changed fact, never linked
    const letters = (n: number): string =>
      (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + 'abcdefghijklmnopqrstuvwxyz'[n % 26];
    const vocabulary = (story: number, n: number) =>
      Array.from({ length: n }, (_, k) => `${letters(story)}x${letters((k * 7919 + story * 104729) % 997)}`);
    const stories = [0, 1, 2].map((s) => vocabulary(s, 150));
    const copies: Article[] = [];
    for (let copy = 0; copy < 8; copy++)
      stories.forEach((words, s) => {
        const text = words
          .map((w, k) => ((k + 3 * copy) % 37 === 0 ? `edit${letters(copy)}x${letters(k)}` : w))
          .join(' ');
        copies.push(article(`${s}/${copy}.txt`, text, `2022-09-${String(10 + copy).padStart(2, '0')}`));
      });
    const storyOf = (x: Article) => x.path.split('/')[0];
    // every pair compared said to differ in no fact: the pairs handed out, in order
    const seen: string[] = [];
    const steps = linkingDuplicates(corpus(copies));
    let step = steps.next();
    while (!step.done) {
      expect(storyOf(step.value[0])).toBe(storyOf(step.value[1]));
      seen.push(storyOf(step.value[0]));
      step = steps.next(false);
    }
    // each story's pairs in one run: its copies' texts are read while the others' are not
    const runs = seen.filter((s, k) => k === 0 || seen[k - 1] !== s);
    expect(runs).toEqual([...new Set(seen)]);
    expect(new Set(seen).size).toBe(3);
    // each story one group under its earliest copy, as linkDuplicates (any order of input) finds
    const linked = step.value.articles;
    for (const x of linked)
      expect(x.duplicate_of).toBe(
        x.path.endsWith('/0.txt') ? null : linked.find((y) => y.path === `${storyOf(x)}/0.txt`)!.id,
      );
    expect(
      linkDuplicates(corpus([...copies].reverse()))
        .articles.map((x) => x.duplicate_of)
        .sort(),
    ).toEqual(linked.map((x) => x.duplicate_of).sort());
  });
  it('breaks a date tie by path', () => {
    const b2 = { ...b, published: '2022-09-10' };
    const linked = linkDuplicates(corpus([a, b2])).articles;
    expect(linked.find((x) => x.path === 'b/first.txt')!.duplicate_of).toBe(b2.id);
    expect(linked.find((x) => x.path === 'a/copy.txt')!.duplicate_of).toBeNull();
  });
  it('gives identical text the same id', () => {
    expect(contentId(WIRE)).toBe(article('x.txt', WIRE, null).id);
    expect(contentId(WIRE)).toMatch(/^[0-9a-f]{16}$/);
  });

  describe('templated texts that differ in a fact are two events, not copies', () => {
    // a coder's template: one sentence changes per event, the rest is boilerplate
    const note = (village: string, day: string, killed: string) =>
      `On ${day} March 2023, Russian forces shelled the village of ${village} in Donetsk region with artillery and multiple rocket launchers, ` +
      `damaging several houses and a power line. According to the regional administration, ${killed} civilians were killed and others were injured. ` +
      'Repair crews reached the area in the afternoon and restored power to most of the homes by evening, local officials said.';
    const base = article('n/1.txt', note('Novoselivka', '16', 'two'), '2023-03-16');
    const linkedTo = (other: Article) =>
      linkDuplicates(corpus([base, other])).articles.find((x) => x.path === other.path)!.duplicate_of;

    it('estimates them similar, which alone would link them', () => {
      expect(
        estimateJaccard(base.signature!, article('n/2.txt', note('Stepove', '16', 'two'), null).signature!),
      ).toBeGreaterThanOrEqual(0.5);
    });
    it('keeps apart notes that differ in the village, the date or a figure', () => {
      expect(linkedTo(article('n/2.txt', note('Stepove', '16', 'two'), '2023-03-16'))).toBeNull();
      expect(linkedTo(article('n/3.txt', note('Novoselivka', '14', 'two'), '2023-03-16'))).toBeNull();
      expect(linkedTo(article('n/4.txt', note('Novoselivka', '16', '5'), '2023-03-16'))).toBeNull();
      expect(substitutesFact(base, article('n/5.txt', note('Novoselivka', '16', 'two'), null))).toBe(false);
    });
    it('still links a copy that spells a place another way, when both spellings resolve to one place', () => {
      const kyiv = {
        geonameid: 703448,
        name: 'Kyiv',
        featureClass: 'P',
        feature: 'PPLC',
        country: 'UA',
        admin1: '12',
        lat: 50.45,
        lon: 30.52,
        population: 2797553,
      };
      const a1 = {
        ...a,
        toponyms: [
          {
            start: WIRE.indexOf('Kyiv'),
            end: WIRE.indexOf('Kyiv') + 4,
            text: 'Kyiv',
            place: kyiv,
            confidence: 0.9,
            evidence: [],
          },
        ],
      };
      const text = WIRE.replace('Kyiv', 'Kiev');
      const respelled = {
        ...article('d/respelled.txt', text, '2022-09-11'),
        toponyms: [
          {
            start: text.indexOf('Kiev'),
            end: text.indexOf('Kiev') + 4,
            text: 'Kiev',
            place: kyiv,
            confidence: 0.9,
            evidence: [],
          },
        ],
      };
      expect(
        linkDuplicates(corpus([a1, respelled])).articles.find((x) => x.path === 'd/respelled.txt')!.duplicate_of,
      ).toBe(a.id);
      // without the geoparser's word that they are one place, a changed name is a changed fact
      expect(substitutesFact(a, article('d/bare.txt', text, null))).toBe(true);
    });
    it('answers the same for a pair whose two articles are read as the memo of word contexts fills and starts over', () => {
      const changed = article('e/changed.txt', WIRE.replace('on Saturday', 'on Sunday'), null);
      const same = article('e/same.txt', `${WIRE}\nMore to follow.`, null);
      // a copy that changes a figure substitutes a fact; one that adds a line does not, whenever asked
      for (let k = 0; k < 600; k++) {
        const other = article(`e/${k}.txt`, `${WIRE} Item ${k}.`, null);
        expect(substitutesFact(other, k % 2 ? changed : same)).toBe(k % 2 === 1);
        expect(substitutesFact(a, k % 3 ? changed : same)).toBe(k % 3 !== 0);
      }
    });
    it('answers for the words a copy shares in place with the first text as for the first text itself', () => {
      // one context holding six figures: only the first four are kept per context, so the fifth
      // and sixth read as figures replaced, in any text with this opening; a copy that shares it
      // is answered as a pair of unshared texts is, not waved through as shared
      const repeated =
        'The counts were: he said 1 unit, he said 2 unit, he said 3 unit, he said 4 unit, he said 5 unit, he said 6 unit.';
      const first = article('f/first.txt', `${repeated} ${WIRE}`, null);
      expect(substitutesFact(first, article('f/copy.txt', `${repeated} ${WIRE} More to follow.`, null))).toBe(true);
      expect(substitutesFact(first, article('f/shifted.txt', `Update. ${repeated} ${WIRE}`, null))).toBe(true);
      // the same opening with four figures is no substitution, shared or not
      const four = 'The counts were: he said 1 unit, he said 2 unit, he said 3 unit, he said 4 unit.';
      const firstFour = article('f/four.txt', `${four} ${WIRE}`, null);
      expect(substitutesFact(firstFour, article('f/copy4.txt', `${four} ${WIRE} More to follow.`, null))).toBe(false);
      // a figure changed between shared runs is found
      const changed = `${four.replace('3 unit', '7 unit')} ${WIRE}`;
      expect(substitutesFact(firstFour, article('f/changed4.txt', changed, null))).toBe(true);
    });
    it('reads words as NFKC: a figure in full-width digits is the same figure', () => {
      const wide = article('e/wide.txt', WIRE.replace('three civilians', '３ civilians'), null);
      expect(substitutesFact(article('e/narrow.txt', WIRE.replace('three civilians', '3 civilians'), null), wide)).toBe(
        false,
      );
      expect(substitutesFact(article('e/other.txt', WIRE.replace('three civilians', '4 civilians'), null), wide)).toBe(
        true,
      );
    });
  });
});
