import { describe, expect, it } from 'vitest';
import { compass } from './compass.js';

describe('compass', () => {
  it('reads stated directions in words and letters', () => {
    expect(compass.parse('northeast')).toBe('NE');
    expect(compass.parse('north-east')).toBe('NE');
    expect(compass.parse('south east')).toBe('SE');
    expect(compass.parse('W')).toBe('W');
    expect(compass.parse('northeastern')).toBeNull();
  });
  it('measures the angle between bearings across north', () => {
    expect(compass.difference(350, 10)).toBe(20);
    expect(compass.difference(compass.degrees('SE'), 107)).toBe(28);
  });
  it('names a bearing on the 16-point rose', () => {
    expect(compass.name16(107)).toBe('east-southeast');
    expect(compass.name16(63)).toBe('east-northeast');
    expect(compass.name16(359)).toBe('north');
  });
});
