/**
 * Weapon names as the trigger families read them, in one place: what is fired from afar
 * (artillery, rockets, missiles and their system names) and what flies unmanned (drones). Each is
 * a regular-expression alternative (no groups that capture), for `words()` in the families.
 * The system names are types of weapon, not places or units: they say how an attack was made.
 */

/** Tube and rocket artillery, missiles and their common system names. */
export const FIRED_WEAPONS = [
  'artillery',
  'mortars?',
  'howitzers?',
  'shells',
  'rockets?',
  'missiles?',
  'MLRS',
  'multiple\\s+(?:launch\\s+)?rocket\\s+(?:launchers?|systems?)',
  'Grads?',
  'Uragans?',
  'Urahans?',
  'Smerch',
  'Tornado(?:-S)?',
  'HIMARS',
  'Iskanders?',
  'Tochka(?:-U)?',
  'S-[34]00s?',
  'Kalibrs?',
  'Kh-\\d+\\w*',
  'cluster\\s+munitions',
  'tanks?',
].join('|');

/** Unmanned aircraft and loitering munitions. */
// prettier-ignore
export const DRONES = ['drones?', 'UAVs?', 'Shaheds?', 'Lancets?', 'quadcopters?', 'loitering\\s+munitions?', 'Geran(?:-2)?s?'].join('|');

/** Up to a few words between a verb and its weapon: a count, a quoted name, a maker ("2 'S-300'", "Iranian-made"). */
export const FEW_WORDS = '(?:[\\p{L}\\p{N}\'‘’"“”-]+\\s+){0,4}?';
