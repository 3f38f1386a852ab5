import { describe, expect, test } from 'vitest';
import { attribute, findAttributions } from './attribute.js';
import { articleOf } from '../testing/article.js';

describe('attribute', () => {
  test('"he said" resolves to the last named speaker; the source keeps its own span', () => {
    const text =
      'Vitaliy Hrytsenko, the mayor of the town, said the water was back. "We need more generators," he said.';
    const { claims } = findAttributions(articleOf(text));
    const he = claims.find((c) => c.source?.text === 'he')!;
    expect(he.source).toEqual({ start: text.lastIndexOf('he said'), end: text.lastIndexOf('he said') + 2, text: 'he' });
    expect(he.speaker?.canonical).toBe('Vitaliy Hrytsenko');
    expect(he.speaker?.entity).toBe(claims[0].speaker?.entity);
  });
  test('"it said" is the last named source that is not a person, entity or not', () => {
    // (the claim, not its detection, is under test: a parenthetical "which it said …" is found or
    // not as a retrained tagger decides; the sentence below by the last three models)
    const text =
      'Kyiv announced it had retaken the town. Russian state television showed long columns of trucks. It said they were heading to the front.';
    const { claims } = findAttributions(articleOf(text));
    const it = claims.find((c) => c.source?.text === 'It' && c.cue?.text === 'said')!;
    expect(it.speaker?.canonical).toBe('Russian state television');
  });
  test('"she said" is the last person who spoke, not an earlier one', () => {
    const text =
      'Petro Sydorenko said the bridge was closed. Olena Kovalchuk, a local teacher, described the night: "The windows shook for an hour," she said.';
    const { claims } = findAttributions(articleOf(text));
    const she = claims.find((c) => c.source?.text === 'she')!;
    expect(she.speaker?.canonical).toBe('Olena Kovalchuk');
  });
  test('"who" as a source stands for the noun phrase before it', () => {
    const text = 'The deputy mayor of Izium, who said the water was back on, toured the pumping station.';
    const { claims } = findAttributions(articleOf(text));
    const who = claims.find((c) => c.source?.text === 'who');
    expect(who?.speaker?.canonical).toMatch(/deputy mayor of Izium$/);
  });
  test('a lone "his" is not the source of a verb further on', () => {
    const text =
      'A soldier, who asked to be identified only by his call sign, said the attack had caught the enemy by surprise.';
    const { claims } = findAttributions(articleOf(text));
    const said = claims.find((c) => c.cue?.text.startsWith('said'))!;
    expect(said.source?.text).not.toBe('his');
  });
  test('speaker side from the words around the name', () => {
    const text = 'A Moscow-installed official in the region, Petro Sydorenko, said the evacuation had begun.';
    const { claims, entities } = findAttributions(articleOf(text));
    expect(claims[0].speaker).toMatchObject({ canonical: 'Petro Sydorenko', side: 'Russian-installed administration' });
    expect(entities.find((e) => e.canonical === 'Petro Sydorenko')?.sideEvidence).toBe('Moscow-installed');
  });
  test('an official takes the side of the place the role names, from the resolved toponyms', () => {
    const text = 'Poltava Mayor Oksana Hnatiuk said two schools were damaged overnight.';
    const start = text.indexOf('Poltava');
    const place = {
      geonameid: 696643,
      name: 'Poltava',
      featureClass: 'P',
      feature: 'PPLA',
      country: 'UA',
      admin1: '18',
      lat: 49.59,
      lon: 34.55,
      population: 317847,
    };
    const article = articleOf(text, {
      toponyms: [{ start, end: start + 7, text: 'Poltava', place, confidence: 0.95 }],
    });
    const { claims } = findAttributions(article);
    expect(claims[0].speaker).toMatchObject({ canonical: 'Oksana Hnatiuk', side: 'Ukraine' });
  });
  test('hedges travel with the claim', () => {
    const { claims } = findAttributions(articleOf('The ministry denied that its aircraft had struck the market.'));
    expect(claims[0].hedge).toBe('denied');
  });
  test('quantities and dates inside the content are attached; those outside are not', () => {
    const text =
      'The regional governor said on Friday that troops had advanced 30 miles since Tuesday. Rain fell for 2 days.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const base = articleOf(text);
    const article = {
      ...base,
      quantities: [
        { ...at('30 miles'), value: 30, unit: 'mi', si_value: 48.3, si_unit: 'km', qualifier: null },
        { ...at('2 days'), value: 2, unit: 'day', si_value: 2, si_unit: 'day', qualifier: null },
      ],
      timexes: [
        { ...at('Friday'), date: '2022-09-09', precision: 'day' as const, time_precision: 1 as const },
        { ...at('Tuesday'), date: '2022-09-06', precision: 'day' as const, time_precision: 1 as const },
      ],
    };
    const claim = findAttributions(article).claims.find((c) => c.cue?.text.startsWith('said'))!;
    expect(claim.content.text).toBe('that troops had advanced 30 miles since Tuesday');
    expect(claim.quantities.map((q) => q.text)).toEqual(['30 miles']);
    expect(claim.dates.map((d) => d.text)).toEqual(['Tuesday']);
  });
  test("a quantity the content's edge cuts still belongs to the claim", () => {
    const text = 'The general staff said up to 1,300 fighters had arrived in the region.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const article = {
      ...articleOf(text),
      quantities: [
        {
          ...at('up to 1,300 fighters'),
          value: 1300,
          unit: 'people',
          si_value: 1300,
          si_unit: 'people',
          qualifier: 'up to' as const,
        },
      ],
    };
    const claim = findAttributions(article).claims.find((c) => c.cue?.text.startsWith('said'))!;
    expect(claim.quantities.map((q) => q.value)).toEqual([1300]);
  });
  test('"“…,” X said, according to Y": the words are X\'s, with Y as the channel', () => {
    const text = '"The bridge is still ours," Petrenko said, according to the state news agency.';
    const { claims } = findAttributions(articleOf(text));
    const quote = '"The bridge is still ours,"';
    expect(claims.some((c) => c.source?.text === 'Petrenko' && c.content.text.startsWith(quote))).toBe(true);
  });
  test('with no quantity or time layers, claims carry empty arrays', () => {
    const { claims } = findAttributions(articleOf('The mayor said the bridge was closed.'));
    expect(claims[0]).toMatchObject({ quantities: [], dates: [] });
  });
});

describe('bad input: no crash, an empty result and a message', () => {
  test('unbalanced quotes', () => {
    const a = attribute(articleOf('The soldier said "we will not leave and walked away.\nNothing more was said.'));
    expect(a.messages.some((m) => m.stage === 'attribution' && /unbalanced/.test(m.message))).toBe(true);
    expect(a.claims!.every((c) => !c.content.text.startsWith('"we'))).toBe(true);
  });
  test('a 10,000-word paragraph without punctuation', () => {
    // prettier-ignore
    const words = ['said', 'the', 'officer', 'that', 'tanks', 'moved', 'north', 'according', 'to', 'witnesses'];
    const text = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
    const a = attribute(articleOf(text));
    expect(a.claims).toEqual([]);
    expect(a.messages.some((m) => m.stage === 'attribution' && /without an end/.test(m.message))).toBe(true);
  });
  test('text in another language', () => {
    const text =
      'Збройні сили України звільнили місто Балаклія, повідомив командувач. Бої тривають на сході країни, сказав він журналістам.';
    const a = attribute(articleOf(text, { language: null }));
    expect(a.claims).toEqual([]);
    expect(a.messages.some((m) => m.stage === 'attribution' && /English/.test(m.message))).toBe(true);
    const b = attribute(articleOf('Le ministre a déclaré que la ville était libérée.', { language: 'fr' }));
    expect(b.claims).toEqual([]);
    expect(b.messages[0].message).toMatch(/not English/);
  });
});

describe('a cue the tagger found without its source', () => {
  const claimOf = (text: string, cue: string) =>
    findAttributions(articleOf(text)).claims.find((c) => c.cue?.text.includes(cue));
  test('the subject that opens the clause is the speaker, and is not left inside the content', () => {
    const text = 'The convoy will leave soon, but officials did not say when.';
    const c = claimOf(text, 'say');
    expect(c?.source?.text).toBe('officials');
    expect(c?.content.text ?? '').not.toMatch(/officials/);
  });
  test('the subject of a cue the tagger left alone is its speaker', () => {
    expect(claimOf('The governor did not identify a location in his remarks.', 'identify')?.source?.text).toBe(
      'The governor',
    );
    expect(
      claimOf('The regional council plans to call on residents to leave before winter.', 'plans')?.source?.text,
    ).toBe('The regional council');
  });
  test('a passive names its speaker after "by"', () => {
    const c = claimOf(
      'The strike on the depot was first reported by the regional administration on Telegram.',
      'reported',
    );
    expect(c?.source?.text).toBe('the regional administration');
  });
  test("a participle after a comma speaks for the clause's subject", () => {
    const c = claimOf('The farmer later went to court, claiming the shelling had destroyed his barns.', 'claiming');
    expect(c?.source?.text).toMatch(/farmer$/);
  });
  test('an opening time phrase is not the speaker', () => {
    const text = 'Hours later, the mayor toured the damaged school, telling reporters that classes would move online.';
    const c = claimOf(text, 'telling');
    expect(c?.source?.text ?? '').not.toMatch(/Hours/);
  });
  test('"it appears" raises no speaker', () => {
    const c = claimOf('It appears that the bridge was hit twice during the night.', 'appears');
    expect(c?.source ?? null).toBeNull();
  });
  test('text that opens with a comma before a speech verb does not throw', () => {
    expect(() => findAttributions(articleOf(', Partisans claimed a strike.'))).not.toThrow();
    expect(() => attribute(articleOf(', said the officer.'))).not.toThrow();
    // a cue that ends the text, with its subject run into the content (found by npm run fuzz)
    expect(() => findAttributions(articleOf('. > : forces forces 8said'))).not.toThrow();
  });
});

describe('claims that hold on news', () => {
  const claimsOf = (text: string) => findAttributions(articleOf(text)).claims;
  test('an expletive "it" before a passive of knowing or believing is no speaker', () => {
    expect(
      claimsOf('It is widely believed that the dam was mined weeks before the blast.').filter(
        (c) => c.source?.text === 'It',
      ),
    ).toEqual([]);
  });
  test('the content of "…, said X" starts where its clause does, not inside a place name', () => {
    const text =
      'A clinic in Velyka Novosilka was shelled overnight, said Petro Lysenko, the head of the local council.';
    const c = claimsOf(text).find((x) => x.cue?.text === 'said');
    expect(c?.content.text).toBe('A clinic in Velyka Novosilka was shelled overnight');
  });
  test('a passive whose by-phrase the tagger took for the content: the agent speaks, the subject is what is said', () => {
    const c = claimsOf('The strike on the school has been condemned by dozens of teachers and parents.').find((x) =>
      x.cue?.text.includes('condemned'),
    );
    expect(c?.source?.text).toBe('dozens of teachers and parents');
    expect(c?.content.text).toBe('The strike on the school');
  });
  test('a state of mind has its holder as source, and what they hold as content', () => {
    const c = claimsOf('Farmers are convinced the mines will stay in their fields for years.').find((x) =>
      x.cue?.text.includes('convinced'),
    );
    expect(c?.source?.text).toBe('Farmers');
    expect(c?.content.text).toBe('the mines will stay in their fields for years');
  });
});
