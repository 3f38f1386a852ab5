import { describe, expect, it } from 'vitest';
import { protestSubEvent } from './protest-force.js';

describe('protestSubEvent', () => {
  it('tells how a protest was met from what its paragraph says', () => {
    expect(
      protestSubEvent("Hundreds of students marched to the governor's office in Kassala, demanding lower fees."),
    ).toBe('Peaceful protest');
    expect(protestSubEvent('Residents protested in Nyala. Police fired tear gas to disperse the crowd.')).toBe(
      'Protest with intervention',
    );
    expect(protestSubEvent('Demonstrators gathered in Omdurman. Police arrested 12 of them.')).toBe(
      'Protest with intervention',
    );
    expect(
      protestSubEvent(
        'Demonstrators gathered in Omdurman. Security forces fired live ammunition and rubber bullets, wounding 20.',
      ),
    ).toBe('Excessive force against protesters');
    expect(protestSubEvent('Protesters marched in Bahri; two demonstrators were shot dead by the police.')).toBe(
      'Excessive force against protesters',
    );
    expect(protestSubEvent('Demonstrators burned tyres and blocked the main road in Kassala.')).toBe(
      'Violent demonstration',
    );
    expect(protestSubEvent('Residents protested in Nyala and stormed the police station.')).toBe(
      'Violent demonstration',
    );
    expect(protestSubEvent('Demonstrators blocked the main road in Kassala.')).toBe('Peaceful protest');
  });
});
