import { describe, expect, it } from 'vitest';
import { distanceKm, initialBearing } from './distance.js';

// GeoNames coordinates of two towns in Kharkiv Oblast and of Kharkiv itself.
const balakliia = { lat: 49.45595, lon: 36.84433 };
const kupiansk = { lat: 49.71003, lon: 37.61581 };
const kharkiv = { lat: 49.98081, lon: 36.25272 };

describe('distanceKm / initialBearing', () => {
  it('measures on a sphere of the mean Earth radius: a degree of latitude is 111.2 km, a quarter meridian 10,008 km', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 2);
    expect(distanceKm({ lat: 0, lon: 30 }, { lat: 90, lon: 30 })).toBeCloseTo(10007.6, 0);
    expect(initialBearing({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(90, 6);
    expect(initialBearing({ lat: 10, lon: 0 }, { lat: 0, lon: 0 })).toBeCloseTo(180, 6);
  });
  it('gives about 62 km north-east from Balakliia to Kupiansk, 102 km east-south-east from Kharkiv', () => {
    expect(distanceKm(balakliia, kupiansk)).toBeCloseTo(62.4, 0);
    expect(initialBearing(balakliia, kupiansk)).toBeGreaterThan(55);
    expect(initialBearing(balakliia, kupiansk)).toBeLessThan(70);
    expect(distanceKm(kharkiv, kupiansk)).toBeCloseTo(102.3, 0);
    expect(initialBearing(kharkiv, kupiansk)).toBeGreaterThan(100);
  });
  it('is zero for one point and symmetric', () => {
    expect(distanceKm(kharkiv, kharkiv)).toBe(0);
    expect(distanceKm(kharkiv, balakliia)).toBeCloseTo(distanceKm(balakliia, kharkiv), 9);
  });
});
