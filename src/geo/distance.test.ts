import turfBearing from '@turf/bearing';
import turfDistance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { distanceKm, initialBearing } from './distance.js';

// GeoNames coordinates of two towns in Kharkiv Oblast and of Kharkiv itself.
const balakliia = { lat: 49.45595, lon: 36.84433 };
const kupiansk = { lat: 49.71003, lon: 37.61581 };
const kharkiv = { lat: 49.98081, lon: 36.25272 };

describe('distanceKm / initialBearing', () => {
  it('agrees with turf within 1 km and 2 degrees', () => {
    for (const [a, b] of [[balakliia, kupiansk], [kharkiv, kupiansk], [kupiansk, { lat: -33.9, lon: 151.2 }]]) {
      const t = turfDistance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
      expect(Math.abs(distanceKm(a, b) - t)).toBeLessThan(1);
      const tb = (turfBearing([a.lon, a.lat], [b.lon, b.lat]) + 360) % 360;
      expect(Math.abs(initialBearing(a, b) - tb)).toBeLessThan(2);
    }
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
