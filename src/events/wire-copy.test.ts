/**
 * Sentences in the manner of wire copy, written for sitrep: those that name an event without
 * asserting it (history, promises and threats, conditions, denials, habits) must not become
 * events and are kept as non-events with their reason; those in the phrasings ACLED's coders and
 * agencies use must become events of the right type. Places are those of the test gazetteer.
 */
import { describe, expect, it } from 'vitest';
import type { Factuality } from '../model.js';
import { extractEvents } from './index.js';
import { makeArticle } from './testing.js';

const analyse = (text: string) => extractEvents(makeArticle({ text, published: '2022-09-10' }));

const notEvents: [Exclude<Factuality, 'asserted'>, string][] = [
  ['historical', 'Soviet troops liberated Kharkiv from German occupation on August 23, 1943.'],
  ['historical', 'Kramatorsk was briefly seized by separatists in 2014.'],
  ['historical', 'Residents of Izium gathered to mark the anniversary of the day the town was freed.'],
  ['historical', 'Zaporizhzhia, then known as Oleksandrivsk, was captured by anarchist fighters.'],
  ['future', 'President Zelensky promised to reclaim Kherson and the rest of the south.'],
  ['future', 'Moscow has vowed fresh missile strikes on government buildings in Kyiv.'],
  ['future', 'The general staff said it plans to retake Lyman before the winter.'],
  ['future', 'Russia threatened airstrikes on Odesa if the port stayed open.'],
  ['future', 'Kyiv demanded that Russian troops withdraw from Enerhodar and the nuclear plant.'],
  ['future', 'The opposition is pushing for a quick withdrawal of the garrison from Kramatorsk.'],
  ['hypothetical', 'If Russian forces capture Siversk, the road to Kramatorsk would lie open.'],
  ['hypothetical', 'Analysts said Ukrainian troops could recapture Lyman within days.'],
  ['hypothetical', 'The talks collapsed, raising the spectre of renewed shelling of Nikopol.'],
  ['hypothetical', 'A strike on the plant at Enerhodar would be a catastrophe, the agency said.'],
  ['hypothetical', "Officials fear that shelling near Enerhodar might cut the plant's power."],
  ['negated', 'The Russian defence ministry denied that its forces had shelled Kramatorsk.'],
  ['negated', 'Local officials said there had been no fighting in Vovchansk on Friday.'],
  ['negated', 'Ukrainian troops did not retake Kreminna, a spokesman said.'],
  ['negated', 'Moscow rejected accusations that its troops executed civilians in Bucha.'],
  ['habitual', 'Russian artillery has regularly shelled Nikopol from across the reservoir.'],
  ['habitual', 'Drone attacks on Kharkiv happen almost daily, residents said.'],
  ['habitual', 'Missiles are fired at Zaporizhzhia every night, the mayor said.'],
  ['historical', 'Investigators opened a mass grave in the recently liberated city of Izium on Friday.'],
  ['historical', 'Residents who returned to Vovchansk after its liberation described months of occupation.'],
  ['habitual', 'Nikopol lives under constant shelling from across the reservoir, its mayor said.'],
  ['habitual', 'Occupation officials said they were taking children out of Kreminna amid Ukrainian shelling.'],
  ['habitual', 'South of Lyman, Ukraine has recaptured several small villages over the past month.'],
];

const events: [string, string, string][] = [
  [
    'Battles',
    'Armed clash',
    'Gunmen fired on a police patrol in Kramatorsk on Tuesday night, the regional police said.',
  ],
  [
    'Battles',
    'Government regains territory',
    'Lyman, a railway hub that fell to Russian troops in the first days of the war, was retaken on Saturday.',
  ],
  [
    'Strategic developments',
    'Disrupted weapons use',
    'Ukrainian forces shot down eight Shahed drones over Odesa overnight, the air force said.',
  ],
  [
    'Strategic developments',
    'Disrupted weapons use',
    'Russian air defence intercepted two missiles fired at Kherson on Tuesday.',
  ],
  ['Strategic developments', 'Disrupted weapons use', 'Air defence units destroyed 14 drones over Kyiv before dawn.'],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'Russian forces fired mortars and artillery at Nikopol on Sunday, the governor said.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'Russian troops launched four S-300 missiles at Kramatorsk, damaging two schools.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'HIMARS struck an ammunition depot in Novoazovsk on Monday night.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'A convoy came under fire near Siversk on Monday.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'Ukraine said Russian forces shelled Nikopol overnight.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'Russian forces repeatedly shelled Kharkiv on Tuesday, killing two people.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'Kyiv vowed to respond after Russian missiles struck Zaporizhzhia on Thursday.',
  ],
  [
    'Explosions/Remote violence',
    'Air/drone strike',
    'Russian air forces struck the outskirts of Okhtyrka on Saturday.',
  ],
  [
    'Explosions/Remote violence',
    'Air/drone strike',
    'A Ukrainian crew hit an armoured vehicle outside Novoazovsk with two drones.',
  ],
  [
    'Battles',
    'Armed clash',
    'Russian forces engaged in an unsuccessful offensive in the direction of Bilohorivka and were pushed back.',
  ],
  ['Battles', 'Armed clash', 'Ukrainian defenders repelled a Russian attack near Vuhledar overnight.'],
  ['Battles', 'Armed clash', 'Russian troops tried to advance near Siversk but were stopped by Ukrainian units.'],
  ['Battles', 'Armed clash', 'Ukrainian forces advanced towards Kreminna on Wednesday, the general staff said.'],
  ['Battles', 'Armed clash', 'Russian units assaulted Ukrainian positions near Bilohorivka and were beaten back.'],
  [
    'Violence against civilians',
    'Abduction/forced disappearance',
    'Occupation authorities forcibly relocated dozens of children from Kherson to the south.',
  ],
  [
    'Violence against civilians',
    'Abduction/forced disappearance',
    'Soldiers abducted the deputy mayor of Enerhodar on Friday, the council said.',
  ],
  [
    'Strategic developments',
    'Non-violent transfer of territory',
    'Russia, which could not hold the town, withdrew its troops from Lyman, the ministry said.',
  ],
  [
    'Strategic developments',
    'Looting/property destruction',
    'Soldiers confiscated tractors and grain from farms in Vovchansk.',
  ],
];

describe('wire copy that must not become events', () => {
  for (const [reason, text] of notEvents) {
    it(`${reason}: ${text}`, () => {
      const a = analyse(text);
      expect(a.events, text).toEqual([]);
      expect(
        a.nonEvents?.map((n) => n.reason),
        text,
      ).toContain(reason);
    });
  }

  it('never dates a historical mention by the publication', () => {
    const a = analyse('Soviet troops liberated Kharkiv from German occupation on August 23, 1943.');
    for (const n of a.nonEvents ?? []) expect(n.date).not.toBe('2022-09-10');
  });
});

describe('wire copy in the phrasings coders use', () => {
  for (const [event_type, sub_event_type, text] of events) {
    it(`${sub_event_type}: ${text}`, () => {
      const a = analyse(text);
      const first = [...(a.events ?? [])].sort((x, y) => x.trigger.start - y.trigger.start)[0];
      expect(first, text).toBeDefined();
      expect([first.event_type, first.sub_event_type], text).toEqual([event_type, sub_event_type]);
      expect(first.location?.place, text).not.toBeNull();
    });
  }
});
