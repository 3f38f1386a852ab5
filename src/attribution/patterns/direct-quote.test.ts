import { describe, expect, test } from 'vitest';
import { directQuote } from './direct-quote.js';
import { documentedExamples, expectFirst, run } from './patterns.testkit.js';

describe('direct-quote', () => {
  // speaker after the quote; the counter-example: scare quotes
  documentedExamples(directQuote, { source: 'Olena Kovalenko', cue: 'said', content: '“The bridge is intact,”' });
  test('inverted cue, straight quotes', () => {
    expectFirst(directQuote, '"We are leaving the village," said Petro Ivanenko.', {
      source: 'Petro Ivanenko',
      cue: 'said',
      content: '"We are leaving the village,"',
    });
  });
  test('speaker before the quote', () => {
    const [f] = run(directQuote, 'The governor told reporters: “The shelling stopped at dawn.”');
    expect(f.cue).toBe('told');
    expect(f.source).toBe('The governor');
    expect(f.content).toBe('“The shelling stopped at dawn.”');
  });
  test('speaker inside a split quote: one content over both halves', () => {
    const text = '“The road is open,” the mayor said, “but the bridge is not.”';
    const [f] = run(directQuote, text);
    expect(f.source).toBe('the mayor');
    expect(f.content).toBe(text.slice(0, 19) + text.slice(19));
    expect(f.found.content[1]).toBe(text.length);
  });
  test('a quote spanning sentences, continued in the next sentence', () => {
    const text = '“We held the line,” the commander said. “Nobody retreated, and nobody will retreat tomorrow.”';
    const finds = run(directQuote, text);
    expect(finds).toHaveLength(1);
    expect(finds[0].content.endsWith('tomorrow.”')).toBe(true);
  });
  test('any past-tense verb right after an open-ended quote is its cue', () => {
    expectFirst(directQuote, '“Not today,” snapped Olena Kovalenko.', { source: 'Olena Kovalenko', cue: 'snapped' });
  });
  test('a relay between the quote and the cue', () => {
    expectFirst(directQuote, '“The town is calm,” Ganchev, quoted by TASS, said.', {
      source: 'Ganchev, quoted by TASS',
      cue: 'said',
      content: '“The town is calm,”',
    });
  });
  test('a cue on a PP before the speaker', () => {
    const [f] = run(directQuote, '“It is hard, but we advance,” said on Telegram the army chief, Ivan Sirko.');
    expect(f.source).toBe('the army chief, Ivan Sirko');
  });
  test('a participle cue before the quote takes the sentence subject as its source', () => {
    expectFirst(directQuote, 'The mayor posted a photo of the shelter, saying: “We are ready for the winter.”', {
      source: 'The mayor',
      cue: 'saying',
      content: '“We are ready for the winter.”',
    });
  });
});
