import { describe, expect, it } from 'vitest';
import { actingSide } from './side-cues.js';

function side(sentence: string, trigger: string): string | null {
  const at = sentence.indexOf(trigger);
  return actingSide(sentence, at, at + trigger.length, trigger);
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
});
