import { describe, expect, test } from 'vitest';
import { documentedExamples, expectFirst, run } from './patterns.testkit.js';
import { speechVerb } from './speech-verb.js';

describe('speech-verb', () => {
  // addressee and time skipped, "that" kept in the content
  documentedExamples(speechVerb, {
    source: 'The mayor of Kupiansk',
    cue: 'told',
    content: 'that the water supply was cut',
  });
  test('"X said on Telegram …"', () => {
    const [f] = run(speechVerb, 'The regional governor said on Telegram the village had been shelled twice.');
    expect(f.source).toBe('The regional governor');
    expect(f.content).toBe('the village had been shelled twice');
  });
  test('"X claimed Thursday to have …"', () => {
    expectFirst(speechVerb, 'Kyiv claimed Thursday to have retaken twenty villages.', {
      source: 'Kyiv',
      cue: 'claimed',
      content: 'to have retaken twenty villages',
    });
  });
  test('reporting clause after the content', () => {
    expectFirst(speechVerb, 'The power station was hit twice overnight, local officials said.', {
      source: 'local officials',
      cue: 'said',
      content: 'The power station was hit twice overnight',
    });
  });
  test('inverted reporting clause after the content', () => {
    expectFirst(speechVerb, 'The bridge will hold through the winter, said Anna Melnyk, an engineer.', {
      source: 'Anna Melnyk',
      cue: 'said',
      content: 'The bridge will hold through the winter',
    });
  });
  test('a sentence-initial "Asked …," is a question with no source', () => {
    const finds = run(speechVerb, 'Asked whether the bridge would hold, the engineer said it would.');
    expect(finds[0]).toMatchObject({ source: null, cue: 'Asked', content: 'whether the bridge would hold' });
    expect(finds[1]).toMatchObject({ source: 'the engineer', cue: 'said' });
  });
  test('an appositive travels with the source', () => {
    const [f] = run(speechVerb, 'Maria Lysenko, the head of the district council, said the school had reopened.');
    expect(f.source).toBe('Maria Lysenko, the head of the district council');
    expect(f.content).toBe('the school had reopened');
  });
  test('"X posted …" and "X reported"', () => {
    expect(run(speechVerb, 'The brigade posted a video of the captured tanks.')[0]).toMatchObject({
      source: 'The brigade',
      cue: 'posted',
    });
    expect(run(speechVerb, 'The town was quiet on Sunday, the agency reported.')[0]).toMatchObject({
      source: 'the agency',
      cue: 'reported',
    });
  });
  test('a cue inside a quotation belongs to the quoted speaker, not to this pattern', () => {
    expect(run(speechVerb, '“I said we would return,” the soldier told us.').map((f) => f.cue)).not.toContain('said');
  });
  test('"seem" and "appear" right after their subject: no source, the clause is the content', () => {
    expect(run(speechVerb, 'The ferry crew seemed relieved after the storm.')[0]).toMatchObject({
      source: null,
      cue: 'seemed',
      content: 'The ferry crew seemed relieved after the storm',
    });
    expect(run(speechVerb, 'The convoy may appear to have turned back.')[0]).toMatchObject({
      source: null,
      cue: 'appear',
    });
  });
  test('a passive cue right after its subject', () => {
    expect(run(speechVerb, 'The repairs are expected to take a week.')[0]).toMatchObject({
      source: null,
      cue: 'expected',
      content: 'The repairs are expected to take a week',
    });
  });
  test('verbs of voicing and portraying are cues ("bemoaned", "likened", "reminded")', () => {
    expect(run(speechVerb, 'The envoy bemoaned the slow pace of the talks.')[0]).toMatchObject({
      source: 'The envoy',
      cue: 'bemoaned',
      content: 'the slow pace of the talks',
    });
    expect(run(speechVerb, 'The mayor likened the blackout to a siege.')[0]).toMatchObject({
      source: 'The mayor',
      cue: 'likened',
    });
    expect(run(speechVerb, 'She reminded the council that the pumps were old.')[0]).toMatchObject({
      source: 'She',
      cue: 'reminded',
      content: 'that the pumps were old',
    });
  });
  test('a quantifier is a source ("Most believe", "A third said")', () => {
    expect(run(speechVerb, 'Most believe the ceasefire will not hold.')[0]).toMatchObject({
      source: 'Most',
      cue: 'believe',
      content: 'the ceasefire will not hold',
    });
    expect(run(speechVerb, 'A third said the ceasefire would hold.')[0]).toMatchObject({
      source: 'A third',
      cue: 'said',
    });
  });
  test('an appositive between dashes travels with the source', () => {
    expectFirst(speechVerb, 'Olena Petrenko — a nurse from the district — said the clinic was closed.', {
      source: 'Olena Petrenko — a nurse from the district',
      cue: 'said',
      content: 'the clinic was closed',
    });
  });
  test('a coordinated cue whose subject is out of reach shares the speaker of the claim before it', () => {
    const finds = run(
      speechVerb,
      'Speaking on local radio on Friday, the governor admitted that the dam leaked, but said repairs had begun.',
    );
    expect(finds.find((f) => f.cue === 'said')).toMatchObject({ source: 'the governor', content: 'repairs had begun' });
  });
  test('a first person\'s stance is attributed ("I think"), a filler is not ("you know")', () => {
    expect(run(speechVerb, 'I think the bridge will be rebuilt by spring.')[0]).toMatchObject({
      source: 'I',
      cue: 'think',
      content: 'the bridge will be rebuilt by spring',
    });
    expect(run(speechVerb, 'You know, the old bridge has stood for a century.')).toEqual([]);
  });
  test('an infinitive of saying keeps the sentence subject as its source', () => {
    expect(run(speechVerb, 'Older voters were far more likely to say the war would end soon.')[0]).toMatchObject({
      source: 'Older voters',
      cue: 'say',
      content: 'the war would end soon',
    });
    expect(run(speechVerb, 'The commander took to Telegram to deny that the base had been hit.')[0]).toMatchObject({
      source: 'The commander',
      cue: 'deny',
    });
  });
  test('"when asked …" mid-sentence is a question; "by X" names the asker', () => {
    const finds = run(speechVerb, 'The engineer shrugged when asked whether the dam would hold.');
    expect(finds.find((f) => f.cue === 'asked')).toMatchObject({ source: null, content: 'whether the dam would hold' });
    expectFirst(speechVerb, 'When asked by a reporter about the convoy, the officer said nothing.', {
      source: 'a reporter',
      cue: 'asked',
      content: 'about the convoy',
    });
  });
  test('a passive cue with an agent: the agent is the source, the subject the content', () => {
    expectFirst(speechVerb, 'The strike on the fuel depot was first reported by a regional newspaper.', {
      source: 'a regional newspaper',
      cue: 'reported',
      content: 'The strike on the fuel depot',
    });
  });
  test('a sentence split inside an abbreviation does not cut the source from its cue', () => {
    expectFirst(speechVerb, 'Rep. Anna Bell (D-N.Y.) said the vote would be close.', {
      source: 'Rep. Anna Bell (D-N.Y.)',
      cue: 'said',
      content: 'the vote would be close',
    });
  });
  test('seeing as judging: "see X as Y", "is seen as"', () => {
    expect(run(speechVerb, 'Many residents see the new bridge as a lifeline.')[0]).toMatchObject({
      source: 'Many residents',
      cue: 'see',
      content: 'the new bridge as a lifeline',
    });
    expect(run(speechVerb, 'The truce is widely seen as fragile.')[0]).toMatchObject({
      source: null,
      cue: 'seen',
      content: 'The truce is widely seen as fragile',
    });
    expect(run(speechVerb, 'The patrol saw smoke over the ridge.')).toEqual([]);
  });
});
