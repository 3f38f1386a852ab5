import { FORCES, sideWord } from './actors.js';

/**
 * The side whose forces act, read from the words around a trigger: the subject before it
 * ("Ukrainian troops shelled", "Kyiv's forces retook", "Russia has continued to fire"), an
 * adjective on a nominal trigger ("a Russian airstrike", "Ukrainian shelling"), or the agent
 * after a passive ("hit by a Russian airstrike", "from Russian artillery").
 *
 *   matches:  "Russian troops shelled Nikopol" → RU; "killed by Ukrainian shelling" → UA
 *   must not: "troops standing on Russian flags in the freed city" → null (a flag is no actor)
 */
export function actingSide(sentence: string, triggerAt: number, triggerEnd: number, triggerText: string): string | null {
  // adjective on the trigger itself: "Russian airstrike", "Ukrainian rocket attacks"
  const adj = /([\p{L}’'-]+)\s+$/u.exec(sentence.slice(Math.max(0, triggerAt - 30), triggerAt));
  if (adj && sideWord(adj[1]) && !/^(?:Ukraine|Russia|Kyiv|Kiev|Moscow)$/u.test(adj[1])) return sideWord(adj[1]);
  // agent after a passive or "from": "by a Russian airstrike", "from Russian artillery"
  const after = sentence.slice(triggerEnd, triggerEnd + 50);
  const agent = /^\s*(?:\p{L}+\s+){0,3}?(?:by|from)\s+(?:an?\s+|the\s+)?([\p{L}’'-]+)\s+(\p{L}+)/u.exec(after);
  if (agent && sideWord(agent[1]) && FORCES.test(agent[2])) return sideWord(agent[1]);
  const before = sentence.slice(Math.max(0, triggerAt - 80), triggerAt);
  const tokens = before.split(/\s+/u).filter(Boolean);
  // nearest subject before the trigger: a side word followed by a forces noun, or a country or
  // capital standing as subject ("Ukraine freed X", "Russia has continued to fire upon X")
  for (let i = tokens.length - 1; i >= 0; i--) {
    const w = tokens[i].replace(/[^\p{L}’'-]/gu, '');
    const iso = sideWord(w);
    if (!iso) continue;
    const next = (tokens[i + 1] ?? '').replace(/[^\p{L}]/gu, '');
    const next2 = (tokens[i + 2] ?? '').replace(/[^\p{L}]/gu, '');
    if (FORCES.test(next) || FORCES.test(next2) && /^(?:armed|special|military|air|regular)$/iu.test(next)) return iso;
    if (/^(?:Ukraine|Russia|Kyiv|Kiev|Moscow)(?:['’]s)?$/u.test(w)) {
      const gap = tokens.length - 1 - i;
      if (gap <= 4 || /['’]s$/u.test(w)) return iso;
    }
  }
  void triggerText;
  return null;
}
