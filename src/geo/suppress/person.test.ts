import { describeExamples } from './rule.testkit.js';
import { person as rule } from './person.js';

describeExamples(rule, (ctx) => {
  ctx.largest = 1000; // as if a small town shared the name
});
