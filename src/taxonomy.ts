/**
 * ACLED's event taxonomy (codebook, 2023): the six event types and the sub-event types under
 * each. The one list the trigger families, the API's filters and the exports are checked against.
 */
import type { EventType } from './model.js';

export const ACLED_TAXONOMY: Readonly<Record<EventType, readonly string[]>> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

export const EVENT_TYPES = Object.keys(ACLED_TAXONOMY) as EventType[];
export const SUB_EVENT_TYPES: readonly string[] = Object.values(ACLED_TAXONOMY).flat();
