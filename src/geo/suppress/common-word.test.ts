import { describeExamples } from './rule.testkit.js';
import { commonWord as rule } from './common-word.js';

describeExamples(rule);
