import { describe, expect, it } from 'vitest';
import { knowledge } from '../profiles/index.js';
import { actingSide } from './side-cues.js';

function side(sentence: string, trigger: string, k = knowledge()): string | null {
  const at = sentence.indexOf(trigger);
  return actingSide(sentence, at, at + trigger.length, k);
}

describe('actingSide', () => {
  it('reads the subject, the adjective on a nominal trigger and the agent of a passive', () => {
    expect(side('Russian troops shelled Nikopol overnight.', 'shelled')).toBe('RU');
    expect(side('Eight people were killed by Ukrainian shelling in Horlivka.', 'shelling')).toBe('UA');
    expect(side('A Russian airstrike destroyed a school in Okhtyrka.', 'airstrike')).toBe('RU');
    expect(side('Kyiv’s forces retook the village on Monday.', 'retook')).toBe('UA');
    expect(side('A flat was hit by a Russian missile strike.', 'hit')).toBe('RU');
  });
  it('does not take a flag or a place for an actor', () => {
    expect(side('Troops stood on Russian flags in the freed city of Izium.', 'freed')).toBeNull();
    expect(side('Troops recaptured the village near Kharkiv.', 'recaptured')).toBeNull();
  });
  it('reads the words one side’s media use for the other only within the article’s profile', () => {
    const ukraine = knowledge({ id: 'russia-ukraine', by: 'places' });
    const sudan = knowledge({ id: 'sudan', by: 'places' });
    expect(side('The occupiers shelled Nikopol overnight.', 'shelled', ukraine)).toBe('RU');
    expect(side('The occupiers shelled the market overnight.', 'shelled', sudan)).toBeNull();
    expect(side('The junta bombed a village on Friday.', 'bombed', knowledge({ id: 'myanmar', by: 'places' }))).toBe(
      'MM',
    );
  });
  it('names actors by nationality when no profile knows the country', () => {
    const generic = knowledge({ id: 'generic', by: 'places' });
    expect(side('Ethiopian troops shelled the border town.', 'shelled', generic)).toBe('ET');
    expect(
      side('Ethiopian troops shelled the border town.', 'shelled', knowledge({ id: 'sudan', by: 'places' })),
    ).toBeNull();
  });
});
