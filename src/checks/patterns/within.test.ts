import { describe, expect, it } from 'vitest';
import { articleWith } from '../fixtures.js';
import { within } from './within.js';

describe('within pattern', () => {
  it('reads "within N km of Y"', () => {
    const [s] = within.find(
      articleWith('Government units are now within 20 kilometers of Kupiansk, officials said.', {
        Kupiansk: 'Kupiansk',
      }),
    );
    expect(s).toMatchObject({ kind: 'within', value: 20, qualifier: 'up to' });
    expect(s!.reference!.text).toBe('Kupiansk');
  });
  it('does not read a border as a place', () => {
    expect(
      within.find(articleWith('They came within 20 kilometers of the border near Kupiansk.', { Kupiansk: 'Kupiansk' })),
    ).toEqual([]);
  });
});
