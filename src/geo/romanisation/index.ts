import { ckK } from './ck-k.js';
import { doubleLetters } from './double-letters.js';
import { iaIyaYa } from './ia-iya-ya.js';
import { khH } from './kh-h.js';
import { ouU } from './ou-u.js';
import { oveOvoE } from './ove-ovo-e.js';
import type { RomanisationRule } from './rule.js';
import { schSh } from './sch-sh.js';
import { tchCh } from './tch-ch.js';
import { tsTzZ } from './ts-tz-z.js';
import { vowelYe } from './vowel-ye.js';
import { wV } from './w-v.js';
import { yI } from './y-i.js';
import { zhJ } from './zh-j.js';

// Order matters: multi-letter spellings (tsch, shch, dzh) go before the letters they contain,
// and y → i before the ia family and the iotated e, which are written in terms of i.
export const romanisationRules: RomanisationRule[] = [
  tchCh,
  schSh,
  zhJ,
  khH,
  tsTzZ,
  ckK,
  ouU,
  wV,
  yI,
  iaIyaYa,
  vowelYe,
  oveOvoE,
  doubleLetters,
];
