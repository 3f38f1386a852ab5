import { describeExamples } from './rule.testkit.js';
import { organisation as rule } from './organisation.js';

describeExamples(rule, (ctx, surface) => {
  ctx.demonym = surface === 'Russian';
  ctx.largest = surface === 'Kentucky' ? 1e7 : 0; // a first-level region
});
