import type { AttributionPattern } from '../context.js';
import { accordingTo } from './according-to.js';
import { citedAs } from './cited-as.js';
import { dashCredit } from './dash-credit.js';
import { colon } from './colon.js';
import { directQuote } from './direct-quote.js';
import { inPoll } from './in-poll.js';
import { quotedBy } from './quoted-by.js';
import { reportedly } from './reportedly.js';
import { possessiveNoun } from './possessive-noun.js';
import { speechVerb } from './speech-verb.js';
import { thatClause } from './that-clause.js';

// Order matters: a cue taken by an earlier family is not read again by a later one.
export const attributionPatterns: AttributionPattern[] = [
  directQuote,
  dashCredit,
  quotedBy,
  citedAs,
  accordingTo,
  speechVerb,
  thatClause,
  possessiveNoun,
  inPoll,
  reportedly,
  colon,
];
