import type { Knowledge } from '../profiles/index.js';
import { FORCES } from './actors.js';

/**
 * The side whose forces act, read from the words around a trigger: the subject before it
 * ("<demonym> troops shelled", "<capital>'s forces retook", "<country> has continued to fire"), an
 * adjective on a nominal trigger ("a <demonym> airstrike"), the agent after a passive ("hit by a
 * <demonym> airstrike", "from <demonym> artillery"), or, within the article's own profile, the
 * words one side's media use for the other ("the occupiers shelled"). The words are the
 * profile's (src/profiles); the examples are in profiles/*.json's words.
 *
 *   matches:  "<demonym> troops shelled Nikopol" → that side's key; "killed by <demonym> shelling" → the same
 *   must not: "troops standing on <demonym> flags in the freed city" → null (a flag is no actor)
 */
export function actingSide(sentence: string, triggerAt: number, triggerEnd: number, k: Knowledge): string | null {
  // adjective on the trigger itself: "<demonym> airstrike", "<demonym> rocket attacks"
  const adj = /([\p{L}’'-]+)\s+$/u.exec(sentence.slice(Math.max(0, triggerAt - 30), triggerAt));
  if (adj && k.sideWord(adj[1]) && !k.isNameOrSeat(adj[1])) return k.sideWord(adj[1]);
  // agent after a passive or "from": "by a <demonym> airstrike", "from <demonym> artillery"
  const after = sentence.slice(triggerEnd, triggerEnd + 50);
  const agent = /^\s*(?:\p{L}+\s+){0,3}?(?:by|from)\s+(?:an?\s+|the\s+)?([\p{L}’'-]+)\s+(\p{L}+)/u.exec(after);
  if (agent && k.sideWord(agent[1]) && FORCES.test(agent[2])) return k.sideWord(agent[1]);
  const before = sentence.slice(Math.max(0, triggerAt - 80), triggerAt);
  const tokens = before.split(/\s+/u).filter(Boolean);
  // nearest subject before the trigger: a side word followed by a forces noun, or a country or
  // capital standing as subject ("<country> freed X", "<country> has continued to fire upon X")
  for (let i = tokens.length - 1; i >= 0; i--) {
    const w = tokens[i].replace(/[^\p{L}’'-]/gu, '');
    const key = k.sideWord(w);
    if (!key) continue;
    const next = (tokens[i + 1] ?? '').replace(/[^\p{L}]/gu, '');
    const next2 = (tokens[i + 2] ?? '').replace(/[^\p{L}]/gu, '');
    if (FORCES.test(next) || (FORCES.test(next2) && /^(?:armed|special|military|air|regular)$/iu.test(next)))
      return key;
    if (k.isNameOrSeat(w) || k.isEpithet(w)) {
      const gap = tokens.length - 1 - i;
      if (gap <= 4 || /['’]s$/u.test(w)) return key;
    }
  }
  // an epithet phrase as subject: "the <seat> regime shelled"
  return k.epithetIn(tokens.slice(-6).join(' '));
}
