import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events/index.js';
import { makeArticle, quantity, type ArticleSpec } from '../events/testing.js';
import type { Article, Corpus } from '../model.js';
import { fuseEvents } from './index.js';

function corpusOf(specs: ArticleSpec[]): Corpus {
  const articles: Article[] = specs.map((s) => extractEvents(makeArticle(s)));
  return fuseEvents({ articles, entities: [], events: [], disputes: [], checks: [] });
}

const retaking: ArticleSpec[] = [
  {
    id: 'kyiv-post',
    outlet: 'Kyiv Post',
    published: '2022-10-01',
    text: 'Ukrainian troops retook Lyman on Saturday, the army said.',
    timexes: [['on Saturday', '2022-10-01']],
  },
  {
    id: 'bbc',
    outlet: 'BBC',
    published: '2022-10-02',
    text: 'The army said on Saturday that the flag was raised over Lyman.',
    timexes: [['on Saturday', '2022-10-01']],
  },
  {
    id: 'wire',
    outlet: null,
    wire: ['AFP'],
    published: '2022-10-02',
    text: 'Kyiv said its forces had liberated the town of Lyman.',
  },
  {
    id: 'paper',
    outlet: 'Le Monde',
    wire: ['AFP'],
    published: '2022-10-02',
    text: 'Lyman was recaptured by Ukrainian forces, AFP reported.',
  },
];

describe('fuseEvents', () => {
  it('fuses the reports of one retaking into one event, counting a wire copy and the story crediting it once', () => {
    const c = corpusOf(retaking);
    const battles = c.events.filter((e) => e.event_type === 'Battles');
    expect(battles).toHaveLength(1);
    const [e] = battles;
    expect(e.sub_event_type).toBe('Government regains territory');
    expect(e.location).toBe('Lyman');
    expect(e.date).toBe('2022-10-01');
    expect(new Set(e.reports.map((r) => r.articleId))).toEqual(new Set(['kyiv-post', 'bbc', 'wire', 'paper']));
    expect(e.corroboration).toBe(3);
    expect(e.corroboration_basis).toMatch(/count once/);
    expect(e.firstReported).toBe('2022-10-01');
    expect(e.lastReported).toBe('2022-10-02');
    expect(e.notes).toMatch(/^On 1 October 2022, Military Forces of Ukraine \(2019-\) took control of Lyman/);
    expect(e.notes).not.toMatch(/retook|flag/); // written by sitrep, not copied
  });
  it('lists every source it counts: an article with no outlet under its file, with the rule in the basis and the notes', () => {
    const c = corpusOf([
      {
        id: 'herald',
        outlet: 'Volga Herald',
        published: '2022-09-10',
        text: 'The ministry said on Saturday that its troops were withdrawn from Hroza.',
        timexes: [['on Saturday', '2022-09-10']],
      },
      {
        id: 'roundup',
        outlet: null,
        published: '2022-09-11',
        text: 'On Saturday the ministry said its withdrawal from Hroza was a regrouping.',
        timexes: [['On Saturday', '2022-09-10']],
      },
    ]);
    const [e] = c.events.filter((x) => x.reports.length === 2);
    expect(e.corroboration).toBe(2);
    expect(e.outlets).toEqual(['Volga Herald', 'unnamed source (roundup.txt)']);
    expect(e.outlets).toHaveLength(e.corroboration);
    expect(e.corroboration_basis).toMatch(/unnamed source \(roundup\.txt\) has no outlet and counts as its own/);
    expect(e.notes).toMatch(/; unnamed source \(roundup\.txt\) has no outlet and counts as its own\]$/);
  });
  it('keeps events apart when their days cannot overlap, and places farther than reach apart', () => {
    const c = corpusOf([
      {
        id: 'a',
        published: '2022-09-05',
        text: 'Russian strikes hit Nikopol on Sunday.',
        timexes: [['on Sunday', '2022-09-04']],
      },
      {
        id: 'b',
        published: '2022-09-08',
        text: 'Russian strikes hit Nikopol on Wednesday.',
        timexes: [['on Wednesday', '2022-09-07']],
      },
      {
        id: 'c',
        published: '2022-09-08',
        text: 'Russian strikes hit Kramatorsk on Wednesday.',
        timexes: [['on Wednesday', '2022-09-07']],
      },
    ]);
    expect(c.events.map((e) => `${e.location} ${e.date}`)).toEqual([
      'Nikopol 2022-09-04',
      'Kramatorsk 2022-09-07',
      'Nikopol 2022-09-07',
    ]);
  });
  it('records disagreeing fatality counts, takes the lowest, and marks the event disputed', () => {
    const text1 = 'Six civilians were killed in Russian shelling of Nikopol on Sunday.';
    const text2 = 'Nine civilians were killed in Russian shelling of Nikopol on Sunday.';
    const c = corpusOf([
      {
        id: 'a',
        outlet: 'A',
        published: '2022-09-05',
        text: text1,
        timexes: [['on Sunday', '2022-09-04']],
        quantities: (t) => [quantity(t, 'Six civilians were killed', 6, 'killed')],
      },
      {
        id: 'b',
        outlet: 'B',
        published: '2022-09-05',
        text: text2,
        timexes: [['on Sunday', '2022-09-04']],
        quantities: (t) => [quantity(t, 'Nine civilians were killed', 9, 'killed')],
      },
    ]);
    expect(c.events).toHaveLength(1);
    expect(c.events[0].fatalities).toBe(6);
    expect(c.events[0].disagreements.find((d) => d.field === 'fatalities')?.values.map((v) => v.value)).toEqual([6, 9]);
    expect(c.events[0].status).toBe('disputed');
  });
  it('places an event where its body puts it, not where its headline sums it up', () => {
    const text =
      'Heavy Fighting Flares Near Kharkiv\n\nUkrainian units went on the attack around Hroza on Tuesday, officials said.';
    const c = corpusOf([
      { id: 'a', outlet: 'A', published: '2022-09-06', text, timexes: [['on Tuesday', '2022-09-06']] },
    ]);
    const clashes = c.events.filter((e) => e.sub_event_type === 'Armed clash');
    expect(clashes).toHaveLength(1);
    expect(clashes[0].location).toBe('Hroza');
    expect(clashes[0].reports).toHaveLength(2);
    // the headline's town sums the event up: no disagreement on where it happened
    expect(clashes[0].disagreements.map((d) => d.field)).not.toContain('location');
  });
  it('never makes an event of captions alone', () => {
    const c = corpusOf([
      {
        id: 'a',
        text: 'A flat in Kharkiv struck by Russian missiles is pictured on Friday.',
        timexes: [['on Friday', '2022-09-09']],
      },
    ]);
    expect(c.events).toEqual([]);
  });
  it('folds a retreat into the battle in which the other side takes the place', () => {
    const c = corpusOf([
      {
        id: 'a',
        outlet: 'A',
        published: '2022-10-01',
        text: 'Ukrainian troops retook Lyman on Saturday.',
        timexes: [['on Saturday', '2022-10-01']],
      },
      {
        id: 'b',
        outlet: 'B',
        published: '2022-10-01',
        text: 'Russian forces retreated from Lyman on Saturday.',
        timexes: [['on Saturday', '2022-10-01']],
      },
    ]);
    expect(c.events).toHaveLength(1);
    expect(c.events[0].reports).toHaveLength(2);
    expect(c.events[0].sub_event_type).toBe('Government regains territory');
  });
  it('is deterministic: the same events, ids and order whatever the order of the articles', () => {
    const a = corpusOf(retaking);
    const b = corpusOf([...retaking].reverse());
    expect(b.events.map((e) => e.id)).toEqual(a.events.map((e) => e.id));
    expect(b.disputes.map((d) => d.id)).toEqual(a.disputes.map((d) => d.id));
  });
});

describe('fuseEvents: disputes', () => {
  it('finds contradicting statements of who holds a town, with the speaker’s later reversal', () => {
    const c = corpusOf([
      {
        id: 'a',
        outlet: 'A',
        published: '2022-10-01',
        text: '"The town of Lyman is under our control," the governor said. Ukraine announced it had fully retaken Lyman.',
        claims: [
          {
            source: 'the governor said',
            content: 'The town of Lyman is under our control',
            side: 'Russian-installed administration',
          },
          { source: 'Ukraine announced', content: 'it had fully retaken Lyman', side: 'Ukraine' },
        ],
      },
      {
        id: 'b',
        outlet: 'B',
        published: '2022-10-02',
        text: '"We no longer control Lyman," the governor admitted.',
        claims: [
          {
            source: 'the governor admitted',
            content: 'We no longer control Lyman',
            side: 'Russian-installed administration',
          },
        ],
      },
    ]);
    const d = c.disputes.find((x) => x.kind === 'contradiction');
    expect(d?.topic).toBe('control of Lyman');
    expect(d?.claims.map((x) => [x.articleId, x.holder])).toEqual([
      ['a', 'Russia'],
      ['a', 'Ukraine'],
      ['b', 'Ukraine'],
    ]);
    expect(c.events[0].status).toBe('disputed');
    expect(c.events[0].disputes).toEqual([d!.id]);
    expect(c.events[0].disagreements.find((x) => x.field === 'holder')?.values.map((v) => v.value)).toEqual([
      'Russia',
      'Ukraine',
      'Ukraine',
    ]);
  });
  it('does not call a town changing hands weeks apart a contradiction', () => {
    const c = corpusOf([
      {
        id: 'a',
        outlet: 'A',
        published: '2022-05-26',
        text: 'Russian forces captured Lyman on Thursday.',
        timexes: [['on Thursday', '2022-05-26']],
      },
      {
        id: 'b',
        outlet: 'B',
        published: '2022-10-01',
        text: 'Ukrainian troops retook Lyman on Saturday.',
        timexes: [['on Saturday', '2022-10-01']],
      },
    ]);
    expect(c.disputes).toEqual([]);
    expect(c.events.map((e) => e.sub_event_type)).toEqual([
      'Non-state actor overtakes territory',
      'Government regains territory',
    ]);
  });
  it('reports figures rising over days as a series, and a belittling statement against the largest as a contradiction', () => {
    const gain = (id: string, day: string, km2: number, who: string): ArticleSpec => {
      const text = `${who} said troops had recaptured ${km2} square kilometers.`;
      return {
        id,
        outlet: id,
        published: day,
        text,
        claims: [{ source: who, content: `troops had recaptured ${km2} square kilometers`, side: 'Ukraine' }],
        quantities: (t) => [quantity(t, `${km2} square kilometers`, km2, 'territory', 'km2')],
      };
    };
    const c = corpusOf([
      gain('a', '2022-09-08', 300, 'A commander'),
      gain('b', '2022-09-09', 1000, 'The president'),
      gain('c', '2022-09-11', 3000, 'The president'),
      {
        id: 'd',
        outlet: 'd',
        published: '2022-09-10',
        text: 'The envoy said only a few villages had been captured.',
        claims: [{ source: 'The envoy', content: 'only a few villages had been captured', side: 'Russia' }],
      },
    ]);
    const series = c.disputes.filter((d) => d.kind === 'series');
    expect(series).toHaveLength(1);
    expect(series[0].claims.map((x) => x.value)).toEqual([300, 1000, 3000]);
    const contradiction = c.disputes.filter((d) => d.kind === 'contradiction');
    expect(contradiction).toHaveLength(1);
    expect(contradiction[0].claims.map((x) => x.value)).toEqual([null, 3000]);
  });
  it('does not call figures that fall over time a series', () => {
    const text = (n: number) => `The general said troops had recaptured ${n} square kilometers.`;
    const spec = (id: string, day: string, n: number, who: string): ArticleSpec => ({
      id,
      outlet: id,
      published: day,
      text: text(n).replace('The general', who),
      claims: [{ source: who, content: `troops had recaptured ${n} square kilometers`, side: 'Ukraine' }],
      quantities: (t) => [quantity(t, `${n} square kilometers`, n, 'territory', 'km2')],
    });
    // prettier-ignore
    const c = corpusOf([spec('a', '2022-09-08', 900, 'One general'), spec('b', '2022-09-09', 500, 'Another general'), spec('c', '2022-09-10', 400, 'A third general')]);
    expect(c.disputes.filter((d) => d.kind === 'series')).toEqual([]);
  });
});
