import { describe, expect, it } from 'vitest';
import { errorKm, errorStats, matchSpans, MAX_ERROR_KM, prf } from './geo-metrics.js';
import { parseGritta } from './geo-data.js';

describe('geoparsing metrics', () => {
  const gold = [
    { start: 0, end: 7 },
    { start: 20, end: 34 },
  ];
  const pred = [
    { start: 0, end: 7 },
    { start: 20, end: 27 },
    { start: 40, end: 45 },
  ];
  it('matches exact spans only when both ends agree, overlapping ones when they intersect', () => {
    expect(matchSpans(gold, pred, 'exact')).toEqual([[0, 0]]);
    expect(matchSpans(gold, pred, 'overlap')).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
  it('matches one prediction to one gold span at most', () => {
    expect(
      matchSpans(
        [
          { start: 0, end: 10 },
          { start: 2, end: 4 },
        ],
        [{ start: 0, end: 10 }],
        'overlap',
      ),
    ).toHaveLength(1);
  });
  it('computes precision, recall and F1', () => {
    const r = prf(2, 3, 2);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo(0.8);
    expect(prf(0, 0, 0).f1).toBe(0);
  });
  it('counts an unresolved toponym as the largest error, and accuracy within 161 km', () => {
    expect(errorKm({ lat: 0, lon: 0 }, null)).toBe(MAX_ERROR_KM);
    const s = errorStats([0, 100, 200, MAX_ERROR_KM]);
    expect(s.acc161).toBe(0.5);
    expect(s.medianKm).toBe(150);
    expect(s.auc).toBeGreaterThan(0);
    expect(s.auc).toBeLessThan(1);
    expect(errorStats([0, 0]).auc).toBe(0);
  });
});

describe('Gritta XML reader', () => {
  it('reads TR-News toponyms with gaztag coordinates and fixes offsets that are a little off', () => {
    const xml = `<articles><article docid="7"><text><![CDATA[Rain fell on Kharkiv and Kyiv.]]></text><toponyms>
      <toponym><phrase>Kharkiv</phrase><start>14</start><end>21</end><gaztag geonameid="706483"><lat>49.98</lat><lon>36.25</lon></gaztag></toponym>
      <toponym><phrase>Kyiv</phrase><start>26</start><end>30</end><gaztag geonameid="703448"><lat>50.45</lat><lon>30.52</lon></gaztag></toponym>
    </toponyms></article></articles>`;
    const { docs, misaligned } = parseGritta(xml, 'tr-news');
    expect(misaligned).toBe(0);
    expect(docs[0].toponyms.map((t) => [t.text, t.start, t.lat])).toEqual([
      ['Kharkiv', 13, 49.98],
      ['Kyiv', 25, 50.45],
    ]);
  });
  it('keeps only GeoWebNews spans that carry coordinates, and unescapes the text', () => {
    const xml = `<articles><article file="1"><text>Q&amp;A in Odesa, say citizens.</text><toponyms>
      <toponym><extractedName>Odesa</extractedName><start>7</start><end>12</end><latitude>46.48</latitude><longitude>30.73</longitude></toponym>
      <toponym><extractedName>citizens</extractedName><start>18</start><end>26</end></toponym>
    </toponyms></article></articles>`;
    const { docs } = parseGritta(xml, 'geowebnews');
    expect(docs[0].text.startsWith('Q&A')).toBe(true);
    expect(docs[0].toponyms).toEqual([{ start: 7, end: 12, text: 'Odesa', lat: 46.48, lon: 30.73 }]);
  });
});
