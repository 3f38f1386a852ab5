import { describeExamples } from './rule.testkit.js';
import { organisation as rule } from './organisation.js';

describeExamples(rule, (ctx, surface) => {
  ctx.demonym = surface === 'Kenyan';
  ctx.largest = surface === 'Kentucky' || surface === 'Atlantic' ? 1e7 : 0; // a first-level region, an ocean
  // the ocean is an area but no jurisdiction: its council is an organisation's name
  if (surface === 'Atlantic') {
    const ocean = {
      geonameid: 1,
      name: 'Atlantic Ocean',
      featureClass: 'L',
      feature: 'RGN',
      country: '',
      admin1: null,
      lat: 10,
      lon: -25,
      population: 0,
    };
    ctx.candidates = [{ place: ocean, score: 1, via: 'name' }];
  }
});
