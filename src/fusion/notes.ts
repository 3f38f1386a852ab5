import type { FusedEvent } from '../model.js';
import { MONTHS } from '../lexicon/months.js';

/**
 * ACLED-style notes: one sentence, written by sitrep from the coded fields, never copied text.
 *
 *   "On 8 September 2022, Military Forces of Ethiopia (2018-) took control of Kobo (Amhara)
 *    from TPLF: Tigray People's Liberation Front. [4 independent sources]"
 */

function longDate(iso: string | null, precision: 1 | 2 | 3): string {
  if (!iso) return 'On an unknown date';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 3) return `In ${MONTHS[m - 1]} ${y}`;
  if (precision === 2) return `Around ${d} ${MONTHS[m - 1]} ${y}`;
  return `On ${d} ${MONTHS[m - 1]} ${y}`;
}

function where(e: Pick<FusedEvent, 'place' | 'location' | 'geo_precision'>): string {
  const name = e.location ?? e.place?.name ?? 'an unknown location';
  const region = e.place?.admin1Name && e.place.admin1Name !== name ? ` (${e.place.admin1Name})` : '';
  if (e.geo_precision === 3) return `the ${name} area`;
  if (e.geo_precision === 2) return `near ${name}${region}`;
  return `${name}${region}`;
}

function actor(a: string | null, fallback: string): string {
  return a ?? fallback;
}

export function writeNotes(e: Omit<FusedEvent, 'notes'>): string {
  const when = longDate(e.date, e.time_precision);
  const a1 = actor(e.actor1, 'unidentified forces');
  const at = where(e);
  const inAt = e.geo_precision === 1 ? `in ${at}` : at.startsWith('near') ? at : `in ${at}`;
  let body: string;
  switch (e.sub_event_type) {
    case 'Government regains territory':
    case 'Non-state actor overtakes territory':
      body = `${a1} took control of ${at.replace(/^near /u, 'the area near ')}${e.actor2 ? ` from ${e.actor2}` : ''}`;
      break;
    case 'Armed clash':
      body = `${a1} clashed with ${actor(e.actor2, 'opposing forces')} ${inAt}`;
      break;
    case 'Shelling/artillery/missile attack':
      body = `${a1} shelled or fired missiles at ${at.replace(/^near /u, 'the area near ')}`;
      break;
    case 'Air/drone strike':
      body = `${a1} carried out an air or drone strike ${inAt}`;
      break;
    case 'Remote explosive/landmine/IED':
      body = `an explosive device went off ${inAt}`;
      break;
    case 'Non-violent transfer of territory':
      body = `${a1} withdrew or announced a withdrawal of forces from ${at.replace(/^near /u, 'the area near ')}`;
      break;
    case 'Change to group/activity':
      body = `${a1} moved or reinforced troops ${at.startsWith('near') ? at : `towards ${at}`}`;
      break;
    case 'Arrests':
      body = `${a1} arrested people ${inAt}`;
      break;
    case 'Agreement':
      body = `the parties reached an agreement ${inAt}`;
      break;
    case 'Looting/property destruction':
      body = `${a1} looted or destroyed property ${inAt}`;
      break;
    case 'Peaceful protest':
      body = `people demonstrated ${inAt}`;
      break;
    case 'Violent demonstration':
      body = `rioters clashed or caused damage ${inAt}`;
      break;
    case 'Other':
      body = `authorities announced the evacuation of residents from ${at.replace(/^near /u, 'the area near ')}`;
      break;
    default:
      body = `${a1} attacked ${actor(e.actor2, 'civilians')} ${inAt}`;
  }
  const toll: string[] = [];
  if (e.fatalities) toll.push(`${e.fatalities} killed`);
  if (e.injured) toll.push(`${e.injured} injured`);
  const tail = toll.length ? `, with ${toll.join(' and ')}` : '';
  const figures = e.disagreements.some((d) => d.field === 'fatalities' || d.field === 'injured');
  const who =
    e.status === 'claimed'
      ? ', according to claims by parties to the conflict'
      : e.status === 'hedged'
        ? ', according to unconfirmed reports'
        : e.status === 'disputed'
          ? figures
            ? '; casualty figures differ between reports'
            : '; statements on who holds the place contradict each other'
          : '';
  const sources = e.corroboration_basis ?? `${e.corroboration} independent source${e.corroboration === 1 ? '' : 's'}`;
  return `${when}, ${body}${tail}${who}. [${sources}]`;
}
