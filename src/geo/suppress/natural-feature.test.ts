import { describeExamples } from './rule.testkit.js';
import { naturalFeature as rule } from './natural-feature.js';

describeExamples(rule);
