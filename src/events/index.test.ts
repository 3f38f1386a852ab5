import { describe, expect, it } from 'vitest';
import { extractEvents } from './index.js';
import { eventsOf, makeArticle, quantity } from './testing.js';

describe('extractEvents: event_type, sub_event_type and actors', () => {
  it('codes a retaking by the place’s own forces as Government regains territory', () => {
    const [e] = eventsOf({
      text: 'Ukrainian troops recaptured the village of Hroza on Monday.',
      timexes: [['on Monday', '2022-09-05']],
    });
    expect(e.event_type).toBe('Battles');
    expect(e.sub_event_type).toBe('Government regains territory');
    expect(e.actor1).toBe('Military Forces of Ukraine (2019-)');
    expect(e.actor2).toBe('Military Forces of Russia (2000-)');
    expect(e.location?.text).toBe('Hroza');
    expect(e.geo_precision).toBe(1);
    expect(e.date).toBe('2022-09-05');
    expect(e.time_precision).toBe(1);
  });
  it('codes a capture by the other state’s forces as Non-state actor overtakes territory', () => {
    const [e] = eventsOf('Russian forces captured the town of Popasna after a long assault.');
    expect(e.sub_event_type).toBe('Non-state actor overtakes territory');
    expect(e.actor1).toBe('Military Forces of Russia (2000-)');
    expect(e.actor2).toBe('Military Forces of Ukraine (2019-)');
  });
  it('names civilians as actor2 of a strike that harms them, with fatalities and injured from quantities', () => {
    const text = 'In Kramatorsk, six civilians were killed and 14 injured in Russian strikes on Sunday.';
    const [e] = eventsOf({
      text,
      timexes: [['on Sunday', '2022-09-04']],
      quantities: (t) => [
        quantity(t, 'six civilians were killed', 6, 'killed'),
        quantity(t, '14 injured', 14, 'injured'),
      ],
    });
    expect(e.sub_event_type).toBe('Shelling/artillery/missile attack');
    expect(e.actor1).toBe('Military Forces of Russia (2000-)');
    expect(e.actor2).toBe('Civilians (Ukraine)');
    expect(e.fatalities).toBe(6);
    expect(e.injured).toBe(14);
    expect(e.date).toBe('2022-09-04');
  });
});

describe('extractEvents: hedges', () => {
  it('marks a report unconfirmed when the next sentence says it could not be verified', () => {
    const [e] = eventsOf(
      'A local official accused the army of shelling Nikopol on Tuesday. His claim could not be verified.',
    );
    expect(e.hedge).toBe('unconfirmed');
    const [f] = eventsOf(
      'A local official accused the army of shelling Nikopol on Tuesday. The town was quiet on Wednesday.',
    );
    expect(f.hedge).toBeNull();
  });
});

describe('extractEvents: toll in the next sentence', () => {
  const text =
    'Russian missiles hit a power plant in Kharkiv on Sunday. One person was killed and two were injured, police said.';
  const quantities = (t: string) => [
    quantity(t, 'One person was killed', 1, 'killed'),
    quantity(t, 'two were injured', 2, 'injured'),
  ];
  it('takes the toll of a following sentence that reports no event and names no other place', () => {
    const [e] = eventsOf({ text, quantities });
    expect(e.location?.text).toBe('Kharkiv');
    expect(e.fatalities).toBe(1);
    expect(e.injured).toBe(2);
  });
  it('leaves it when the next sentence is about another place', () => {
    const other =
      'Russian missiles hit a power plant in Kharkiv on Sunday. One person was killed and two were injured in Izium, police said.';
    const [e] = eventsOf({ text: other, quantities });
    expect(e.fatalities).toBeNull();
  });
});

describe('extractEvents: what is not an event', () => {
  it('skips forecasts, conditions and intentions', () => {
    expect(eventsOf('Bloggers predicted that Ukraine will soon seize Izium.')).toEqual([]);
    expect(eventsOf('If the army retakes Izium, the supply lines will be cut.')).toEqual([]);
    expect(eventsOf('A Ukrainian seizure of Izium would cut Russian supply lines.')).toEqual([]);
  });
  it('skips what could be, would threaten, is planned or expected, and what waits on confirmation', () => {
    for (const s of [
      'Analysts said the next target could be the recapture of Vovchansk.',
      'Kupiansk could be the next town to be liberated.',
      'A Russian strike on Kramatorsk would threaten the water supply of the region.',
      'The army plans to retake Izium before winter.',
      'The army is planning to retake Izium before winter.',
      'Officials expect Ukrainian forces to retake Lyman within days.',
      'Commanders are preparing to recapture Lyman.',
      'Ukraine is poised to retake Lyman.',
      'Russia threatened to shell Nikopol again.',
      'Troops are expected to enter Izium in the coming days.',
      'If reports of the liberation of Hroza are confirmed, it would be the first gain in weeks.',
      'Reports that troops liberated Hroza, if they are confirmed, would mark the first gain in weeks.',
    ])
      expect(eventsOf(s), s).toEqual([]);
  });
  it('keeps what was done although an infinitive carries it', () => {
    expect(eventsOf('Ukrainian troops managed to retake Lyman on Sunday.').map((e) => e.family)).toEqual([
      'regains-territory',
    ]);
    expect(eventsOf('After a week of fighting, the brigade went on to liberate Hroza.').map((e) => e.family)).toEqual([
      'regains-territory',
    ]);
  });
  it('marks photo captions so that fusion never makes an event of them alone', () => {
    const [e] = eventsOf('A flat in Kharkiv struck by Russian missiles is pictured on Friday.');
    expect(e.caption).toBe(true);
  });
  it('keeps a report whose source is footage cited after it, as a speaker would be', () => {
    const [e] = eventsOf(
      'Soldiers raised the national flag outside the town hall in Vovchansk on Sunday, photographs posted by the regional council showed.',
    );
    expect(e.family).toBe('regains-territory');
    expect(e.location?.text).toBe('Vovchansk');
    expect(e.caption).toBe(false);
  });
  it('codes nothing it cannot place, and says so when the toponyms layer is missing', () => {
    const a = makeArticle({ text: 'Russian troops shelled the town overnight.' });
    expect(extractEvents(a).events).toEqual([]);
    const bare = extractEvents({ ...a, toponyms: undefined });
    expect(bare.events).toEqual([]);
    expect(bare.messages.some((m) => m.stage === 'events' && /toponyms/.test(m.message))).toBe(true);
  });
});

describe('extractEvents: whose word "liberated" is', () => {
  it("a liberation told by Russia or the administration it installed, with no actor named, is Russia's capture", () => {
    const text = 'The Moscow-installed governor said the liberation of Lyman was complete.';
    const [e] = eventsOf({
      text,
      claims: [
        {
          source: 'The Moscow-installed governor',
          content: 'the liberation of Lyman was complete',
          side: 'Russian-installed administration',
        },
      ],
    });
    expect(e?.actor1).toBe('Military Forces of Russia (2000-)');
    const [u] = eventsOf({
      text: 'The governor said the liberation of Lyman was complete.',
      claims: [{ source: 'The governor', content: 'the liberation of Lyman was complete', side: 'Ukraine' }],
    });
    expect(u?.actor1).toBe('Military Forces of Ukraine (2019-)');
  });
});

describe('extractEvents: location', () => {
  it('prefers the trigger’s object and puts "near X" at geo_precision 2', () => {
    const [e] = eventsOf('After a week in Kharkiv, the brigade said heavy fighting continued near Izium.');
    expect(e.location?.text).toBe('Izium');
    expect(e.geo_precision).toBe(2);
  });
  it('reads a passive or relative clause backwards', () => {
    const [e] = eventsOf({ text: 'Vovchansk, which the army said it had liberated, was quiet.' });
    expect(e.location?.text).toBe('Vovchansk');
  });
  it('never takes a capital standing for its government, nor where the speaker stood', () => {
    expect(eventsOf('Kyiv said its troops had retaken many localities.')).toEqual([]);
    const e = eventsOf('Speaking from Istanbul, the minister said Russian strikes hit Nikopol.');
    expect(e.map((x) => x.location?.text)).toEqual(['Nikopol']);
  });
  it('places a region at geo_precision 3, and moves a strike to the town a later sentence puts its target in', () => {
    const text =
      'A Russian airstrike hit a school in the Zaporizhzhia region on Monday. The governor said the school stood in Zaporizhzhia itself.';
    const [e] = eventsOf({ text, timexes: [['on Monday', '2022-09-05']] });
    expect(e.location?.text).toBe('Zaporizhzhia');
    expect(e.geo_precision).toBe(1);
    const [r] = eventsOf('The army announced it had sent reinforcements to the Zaporizhzhia region.');
    expect(r.geo_precision).toBe(3);
  });
  it("never takes a dateline for the event's place, unless the lead points back at it", () => {
    // (the test gazetteer knows names as written; the geoparser reads datelines in capitals)
    const far = eventsOf(
      'Kramatorsk, Ukraine (AP) — Russian artillery shelled a village near the front line on Monday, officials said.',
    );
    expect(far.map((x) => x.location?.text)).not.toContain('Kramatorsk');
    const [there] = eventsOf('Kramatorsk, Ukraine (AP) — Russian missiles struck the city overnight, the mayor said.');
    expect(there?.location?.text).toBe('Kramatorsk');
    const [object] = eventsOf(
      'Izium, Sept 10 (Reuters) - Russian forces shelled Nikopol overnight, the governor said.',
    );
    expect(object?.location?.text).toBe('Nikopol');
  });
  it('never takes a city named before its police or sheriff for the place of what they did', () => {
    expect(eventsOf('Kramatorsk police said they had seized drugs worth a million hryvnias.')).toEqual([]);
  });
  it('never takes a toponym that names another operation in a phrase of cause or time', () => {
    expect(eventsOf('Russia deployed thousands of troops to the south in response to the Kherson offensive.')).toEqual(
      [],
    );
    const [k] = eventsOf('Russia sent reinforcements to Kharkiv in response to the Kherson offensive.');
    expect(k.location?.text).toBe('Kharkiv');
    const [r] = eventsOf('The army sent reinforcements to the Kherson region after the offensive began.');
    expect(r.location?.text).toBe('Kherson');
  });
  it('uses the nearest resolved place, as "near", when the object is a village the gazetteer lacks', () => {
    const [e] = eventsOf({
      text: 'The army said it had advanced near Kramatorsk and retaken the village of Zarichne.',
      unresolved: ['Zarichne'],
    });
    expect(e.location?.text).toBe('Kramatorsk');
    expect(e.geo_precision).toBe(2);
  });
  it('places a landmark named after a town where the text says it stands', () => {
    expect(eventsOf('Russian strikes hit Lyman Park in Kramatorsk on Sunday.').map((e) => e.location?.text)).toEqual([
      'Kramatorsk',
    ]);
    expect(
      eventsOf('Shelling hit the Zaporizhzhia Nuclear Power Plant (Enerhodar) overnight.').map((e) => e.location?.text),
    ).toEqual(['Enerhodar']);
    expect(eventsOf('Russian strikes hit the Kharkiv airport on Sunday.').map((e) => e.location?.text)).toEqual([
      'Kharkiv',
    ]);
  });
  it('takes the town of "the town of X, Y region" although the gazetteer files X under another first-level code', () => {
    const text = 'In the town of Vovchansk, Zaporizhzhia region, someone set fire to the recruitment office.';
    const [e] = eventsOf(text);
    expect(e.location?.text).toBe('Vovchansk');
    expect(e.geo_precision).toBe(1);
  });
  it('codes one event per place that "both" points back to', () => {
    const events = eventsOf('The brigade moved on towards Izium and Lyman, recapturing both.');
    expect(events.map((e) => e.location?.text).sort()).toEqual(['Izium', 'Lyman']);
  });
  it('codes one event per place when "both" comes before the trigger', () => {
    const events = eventsOf('Izium and Lyman, two rail towns on the front, both changed hands last week.');
    expect(events.map((e) => e.location?.text).sort()).toEqual(['Izium', 'Lyman']);
  });
  it('codes an evacuation of several towns at their region', () => {
    const [e] = eventsOf({
      text: 'In the Kharkiv region, officials said they were evacuating people from Izium, Hroza and Vovchansk.',
    });
    expect(e.sub_event_type).toBe('Other');
    expect(e.geo_precision).toBe(3);
  });
});

describe('extractEvents: dates and claims', () => {
  it('dates an announced event on or before the report day', () => {
    const text = 'The army said on Saturday that its units had entered Lyman.';
    const [e] = eventsOf({ text, published: '2022-10-02', timexes: [['on Saturday', '2022-10-01']] });
    expect(e.date).toBe('2022-10-01');
    expect(e.date_latest).toBe('2022-10-01');
    expect(e.date_earliest! < '2022-10-01').toBe(true);
  });
  it('ignores a time expression of another clause, and falls back to the publication date at time_precision 2', () => {
    const text = 'The road to Izium was open on Friday, an area the army appears to have recaptured.';
    const [e] = eventsOf({ text, published: '2022-09-10', timexes: [['on Friday', '2022-09-09']] });
    expect(e.date).toBe('2022-09-10');
    expect(e.time_precision).toBe(2);
    expect(e.hedge).toBe('hedged');
  });
  it('takes claimant, side and hedge from the claim that contains the trigger', () => {
    const text = 'The governor of the region said Russian strikes hit Nikopol.';
    const [e] = eventsOf({
      text,
      claims: [
        {
          source: 'The governor of the region',
          content: 'Russian strikes hit Nikopol',
          side: 'Ukraine',
          hedge: 'unconfirmed',
        },
      ],
    });
    expect(e.claimant).toBe('The governor of the region');
    expect(e.claimantSide).toBe('Ukraine');
    expect(e.hedge).toBe('unconfirmed');
    expect(e.claimId).toBe('c0');
  });
});

describe('extractEvents: control and scale statements', () => {
  it('reads who holds a place from "our control" and "no longer control", by the speaker’s side', () => {
    const text =
      'The official spoke about Lyman. "The town is under our control," the official said. Later he said: "We no longer control Lyman."';
    const a = extractEvents(
      makeArticle({
        text,
        claims: [
          {
            source: 'the official said',
            content: 'The town is under our control',
            side: 'Russian-installed administration',
          },
          { source: 'Later he said', content: 'We no longer control Lyman', side: 'Russian-installed administration' },
        ],
      }),
    );
    expect(a.holderClaims?.map((c) => [c.place.text, c.holder])).toEqual([
      ['Lyman', 'Russia'],
      ['Lyman', 'Ukraine'],
    ]);
  });
  it('reads territory gained in km² and minimising phrases', () => {
    const text =
      'The general said troops had recaptured 400 square kilometers. The envoy said only a handful of villages had been taken.';
    const a = extractEvents(
      makeArticle({
        text,
        claims: [
          { source: 'The general', content: 'troops had recaptured 400 square kilometers', side: 'Ukraine' },
          { source: 'The envoy', content: 'only a handful of villages had been taken', side: 'Russia' },
        ],
        quantities: (t) => [quantity(t, '400 square kilometers', 400, 'territory', 'km2')],
      }),
    );
    expect(a.scale?.map((s) => [s.km2, s.minimising, s.gainer])).toEqual([
      [400, false, 'Ukraine'],
      [null, true, 'Ukraine'],
    ]);
  });
});

describe('extractEvents: a quote that goes on after its attribution', () => {
  it('gives a first-person control statement outside any claim to the speaker of the claim just before', () => {
    const text =
      'The governor said on Friday that fighting was fierce near Lyman. "We no longer control Lyman. Our troops are holding the outskirts."';
    const a = extractEvents(
      makeArticle({
        text,
        claims: [
          {
            source: 'The governor',
            content: 'fighting was fierce near Lyman',
            side: 'Russian-installed administration',
          },
        ],
      }),
    );
    expect(
      a.holderClaims?.filter((c) => c.basis === 'statement').map((c) => [c.place.text, c.holder, c.speaker]),
    ).toEqual([['Lyman', 'Ukraine', 'The governor']]);
  });
});

describe('extractEvents: bad input', () => {
  it('skips an article in another language with a message', () => {
    const a = makeArticle({ text: 'Les troupes ukrainiennes ont repris Izium samedi.' });
    const out = extractEvents({ ...a, language: 'fr' });
    expect(out.events).toEqual([]);
    expect(out.messages.some((m) => m.stage === 'events' && /'fr'/.test(m.message))).toBe(true);
  });
  it('reads a long paragraph without punctuation and still finds its events', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `word${i} and`).join(' ');
    const events = eventsOf(`${filler} Russian troops shelled Nikopol overnight ${filler}`);
    expect(events.map((e) => e.location?.text)).toEqual(['Nikopol']);
  });
});

describe('territorySubEvent', () => {
  it('follows ACLED: the place’s own forces regain, anyone else overtakes', async () => {
    const { territorySubEvent } = await import('./index.js');
    expect(territorySubEvent('UA', 'UA')).toBe('Government regains territory');
    expect(territorySubEvent('RU', 'UA')).toBe('Non-state actor overtakes territory');
    expect(territorySubEvent(null, 'UA')).toBe('Non-state actor overtakes territory');
  });
});
