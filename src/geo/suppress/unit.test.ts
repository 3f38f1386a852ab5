import { describeExamples } from './rule.testkit.js';
import { unit as rule } from './unit.js';

describeExamples(rule);
