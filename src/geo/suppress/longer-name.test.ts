import { describeExamples } from './rule.testkit.js';
import { longerName as rule } from './longer-name.js';

describeExamples(rule);
