import { words, type TriggerFamily } from '../family.js';

/**
 * Violent crowds: "riot", "rioters", "mob attacked" (ACLED: Riots / Violent demonstration).
 *
 *   matches:  "Rioters set cars on fire in central Makhachkala on Sunday."
 *   must not: "The film was a riot of colour, critics in Makhachkala said." (a figure of speech)
 */
export const riots: TriggerFamily = {
  name: 'riots',
  event_type: 'Riots',
  sub_event_type: 'Violent demonstration',
  triggers: [words('riot(?:s|ed|ers|ing)?(?!\\s+of)', 'mob\\s+(?:attacked|violence)')],
  anchor: 'object',
  examples: {
    matches: ['Rioters set cars on fire in central Makhachkala on Sunday.'],
    rejects: ['The film was a riot of colour, critics in Makhachkala said.'],
  },
};
