import { describe, expect, it } from 'vitest';
import type { FusedEvent } from '../model.js';
import { writeNotes } from './notes.js';

const base: Omit<FusedEvent, 'notes'> = {
  id: 'x',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
  actor1: 'Military Forces of Russia (2000-)',
  actor2: 'Civilians (Ukraine)',
  // prettier-ignore
  place: { geonameid: 1, name: 'Nikopol', featureClass: 'P', feature: 'PPL', country: 'UA', admin1: '04', admin1Name: 'Dnipropetrovsk Oblast', lat: 47.57, lon: 34.39, population: 1 },
  location: 'Nikopol',
  geo_precision: 1,
  date: '2022-09-04',
  time_precision: 1,
  fatalities: 2,
  injured: 5,
  reports: [],
  outlets: [],
  corroboration: 2,
  firstReported: null,
  lastReported: null,
  disagreements: [],
  status: 'reported',
  confidence: 0.7,
};

describe('writeNotes', () => {
  it('writes one ACLED-style sentence from the coded fields', () => {
    expect(writeNotes(base)).toBe(
      'On 4 September 2022, Military Forces of Russia (2000-) shelled or fired missiles at Nikopol (Dnipropetrovsk Oblast), with 2 killed and 5 injured. [2 independent sources]',
    );
  });
  it('says when the date is vague, the place approximate, and the reports only claims', () => {
    const n = writeNotes({
      ...base,
      sub_event_type: 'Armed clash',
      event_type: 'Battles',
      actor2: null,
      geo_precision: 2,
      time_precision: 2,
      fatalities: null,
      injured: null,
      status: 'claimed',
      corroboration: 1,
    });
    expect(n).toBe(
      'Around 4 September 2022, Military Forces of Russia (2000-) clashed with opposing forces near Nikopol (Dnipropetrovsk Oblast), according to claims by parties to the conflict. [1 independent source]',
    );
  });
});

describe('writeNotes: corroboration and disputes', () => {
  it('says which articles were taken as one source, and what is disputed', () => {
    const n = writeNotes({
      ...base,
      status: 'disputed',
      corroboration_basis:
        '2 independent sources among 3 articles: Le Monde and an unsigned AFP copy count once (both carry AFP copy)',
    });
    expect(n).toMatch(
      /; statements on who holds the place contradict each other\. \[2 independent sources among 3 articles: Le Monde and an unsigned AFP copy count once \(both carry AFP copy\)\]$/,
    );
  });
});
