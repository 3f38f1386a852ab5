import { describe, expect, it } from 'vitest';
import { sampleCorpus } from '../../test/cli/fixtures.js';
import { toDocument } from './document.js';
import type { Corpus } from '../model.js';
import { exportText, formats, isFormat } from './index.js';
import { csvLine } from './csv.js';

const toJsonLines = (corpus: Corpus) => exportText('jsonl', corpus);

describe('JSON export document', () => {
  it('lists articles with exactly the issue-2 fields and the profile they were read with, in path order', async () => {
    const doc = await toDocument(sampleCorpus());
    expect(Object.keys(doc)).toEqual([
      'articles',
      'places',
      'demonyms',
      'entities',
      'claims',
      'events',
      'non_events',
      'disputes',
      'checks',
    ]);
    expect(doc.articles.map((a) => a.path)).toEqual(['in/feed.jsonl#2', 'in/one.txt']);
    for (const a of doc.articles) {
      expect(Object.keys(a)).toEqual([
        'id',
        'path',
        'title',
        'outlet',
        'published',
        'published_on_or_after',
        'wire',
        'language',
        'duplicate_of',
        'profile',
      ]);
    }
  });

  it('gives each resolved place once, with its spellings per article', async () => {
    const [place] = (await toDocument(sampleCorpus())).places;
    expect(place.geonameid).toBe(707292);
    expect(place.articles).toEqual([
      { article: 'b2', file: 'in/feed.jsonl#2', surfaces: ['Izyum'] },
      { article: 'a1', file: 'in/one.txt', surfaces: ['Izium'] },
    ]);
  });

  it('carries claims with their file, events with their checks, and checks with their file', async () => {
    const doc = await toDocument(sampleCorpus());
    expect(doc.claims[0]).toMatchObject({ file: 'in/one.txt', id: 'a1-c1', kind: 'indirect', hedge: null });
    expect(doc.claims[0].cue?.text).toBe('said');
    expect(doc.events[0].checks).toEqual(['k1']);
    expect(doc.events[0].reports).toHaveLength(2);
    expect(Object.keys(doc.checks[0])).toEqual([
      'id',
      'kind',
      'file',
      'span',
      'stated',
      'computed',
      'verdict',
      'explanation',
    ]);
    expect(doc.checks[0].file).toBe('in/one.txt');
    expect(Object.keys(doc.entities[0])).toEqual(['id', 'type', 'canonical', 'variants', 'side', 'side_evidence']);
    expect(Object.keys(doc.disputes[0])).toEqual(['id', 'kind', 'topic', 'claims']);
  });

  it('lists the non-events of each article with their reason, in text order', async () => {
    const corpus = sampleCorpus();
    const [a] = corpus.articles;
    const span = (start: number, text: string) => ({ start, end: start + text.length, text });
    const nonEvent = (id: string, at: number, reason: 'future' | 'historical') => ({
      id,
      articleId: a.id,
      sentence: span(0, 'x'),
      trigger: span(at, 'shelled'),
      event_type: 'Explosions/Remote violence' as const,
      sub_event_type: 'Shelling/artillery/missile attack',
      family: 'shelling',
      reason,
      cue: 'vowed to',
      location: null,
      date: null,
    });
    corpus.articles[0] = { ...a, nonEvents: [nonEvent('n2', 30, 'historical'), nonEvent('n1', 10, 'future')] };
    const doc = await toDocument(corpus);
    expect(doc.non_events.map((n) => [n.id, n.file, n.reason])).toEqual([
      ['n1', 'in/one.txt', 'future'],
      ['n2', 'in/one.txt', 'historical'],
    ]);
    const lines = (await toJsonLines(corpus))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'non_event')).toHaveLength(2);
  });

  it('is valid with nothing stored', async () => {
    const empty = { articles: [], entities: [], events: [], disputes: [], checks: [] };
    for (const f of Object.keys(formats)) if (isFormat(f)) expect(typeof (await exportText(f, empty))).toBe('string');
    expect(JSON.parse(await exportText('json', empty))).toEqual({
      articles: [],
      places: [],
      demonyms: [],
      entities: [],
      claims: [],
      events: [],
      non_events: [],
      disputes: [],
      checks: [],
    });
    expect(await toJsonLines(empty)).toBe('');
  });

  it('writes JSON Lines: one record a line, each with its type', async () => {
    const lines = (await toJsonLines(sampleCorpus()))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual([
      'article',
      'article',
      'place',
      'entity',
      'claim',
      'event',
      'dispute',
      'check',
    ]);
  });
});

describe('csv', () => {
  it('quotes commas, quotes and line breaks only', () => {
    expect(csvLine(['a', 'b']) + csvLine(['x,y', 'say "no"']) + csvLine(['line\nbreak', 3])).toBe(
      'a,b\r\n"x,y","say ""no"""\r\n"line\nbreak",3\r\n',
    );
  });
});
