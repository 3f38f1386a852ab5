import type { RomanisationRule } from './rule.js';

// ж is zh in English, j in French (Zaporijia), dzh/dj for дж: all become j.
export const zhJ: RomanisationRule = {
  name: 'zh/dzh/dj → j',
  apply: (s) => s.replace(/dzh/g, 'j').replace(/zh/g, 'j').replace(/dj/g, 'j'),
  matches: ['The plant at Zaporizhzhia was shelled.', 'Des obus sont tombés sur Zaporijia.'],
  mustNot: ['They left Zhytomyr.', 'They left Zolotonosha.'],
};
