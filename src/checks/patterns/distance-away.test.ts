import { describe, expect, it } from 'vitest';
import { articleWith } from '../fixtures.js';
import { distanceAway } from './distance-away.js';

const names = { Siversk: 'Siversk', Lysychansk: 'Lysychansk' };

describe('distance-away pattern', () => {
  it('measures from the place named just before', () => {
    const [s] = distanceAway.find(
      articleWith('Fighting went on near Siversk. Thirty kilometers away, in Lysychansk, the shelling went on.', names),
    );
    expect(s).toMatchObject({ value: 30 });
    expect(s!.subject!.text).toBe('Lysychansk');
    expect(s!.reference!.text).toBe('Siversk');
  });
  it('needs a place after "away"', () => {
    expect(
      distanceAway.find(
        articleWith('Fighting went on near Siversk. Thirty kilometers away, the shelling went on.', names),
      ),
    ).toEqual([]);
  });
});
