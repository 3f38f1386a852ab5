import { after, before, family, scaled, type QuantityMatch } from './family.js';
import { S } from './number.js';
import { MODIFIERS } from './words.js';

/**
 * Populations of places.
 *
 *   matches:  "a town with a pre-war population of 12,000"; "the city, home to about 90,000 people";
 *             "its 3,500 inhabitants", "a city of 50,000"
 *   must not: "the population fled" (no number), "5,000 people were evacuated" (a casualty count),
 *             "a town of 20 km2" (an area)
 */
const LEAD = /\b(?:population|populace)(?:[ \t\u00a0]+(?:was|is|of|stood[ \t\u00a0]+at|at)){0,2}[ \t\u00a0]+$/i;
const HOME = /\bhome[ \t\u00a0]+to[ \t\u00a0]+$/i;
const PLACE = /\b(?:city|town|village|settlement|municipality)[ \t\u00a0]+of[ \t\u00a0]+$/i;
const RESIDENTS = new RegExp(`${MODIFIERS}${S}(?:residents|inhabitants)\\b`, 'iy');
const PEOPLE = new RegExp(`${MODIFIERS}${S}(?:people|residents|inhabitants)\\b`, 'iy');
const NOT_A_SIZE = new RegExp(`(?:${S})?(?:km|kilomet|square|sq|miles|hectares|%|percent|[\\w-])`, 'iy');

export const population = family('population', (text, hit) => {
  const out: QuantityMatch[] = [];
  const add = (start: number, end: number) => out.push(scaled(hit, start, end, 'people', 'people', 1, 'population'));
  const lead = before(LEAD, text, hit.start);
  if (lead) add(lead.start, hit.end);
  const home = before(HOME, text, hit.start);
  if (home) {
    const tail = after(PEOPLE, text, hit.end);
    add(home.start, tail ? tail.index + tail[0].length : hit.end);
  }
  const place = before(PLACE, text, hit.start);
  if (place) {
    const tail = after(PEOPLE, text, hit.end);
    if (tail) add(place.start, tail.index + tail[0].length);
    else if (!after(NOT_A_SIZE, text, hit.end)) add(place.start, hit.end);
  }
  const residents = after(RESIDENTS, text, hit.end);
  if (residents) add(hit.start, residents.index + residents[0].length);
  return out;
});
