import { compoundNoun as rule } from './compound-noun.js';
import { describeExamples } from './rule.testkit.js';

describeExamples(rule);
