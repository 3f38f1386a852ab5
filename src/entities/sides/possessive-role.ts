/**
 * "X's envoy", "X's spokesman", "an adviser to X": a role held for someone speaks for that
 * someone's side, when X is an entity of the same text (or corpus) that has a side.
 *   matches:  Lopez's chief spokesman, Anna Ruiz
 *   must not: Lopez's former schoolmate, Anna Ruiz
 */
import type { Entity } from '../../model.js';

export interface PossessiveRoleRule {
  matches: string;
  mustNot: string;
  /** role nouns that serve someone: the text before them names whom */
  serving: RegExp;
}

const SERVING =
  'envoy|spokes(?:man|woman|person)|adviser|advisor|aide|representative|ambassador|press secretary|deputy|chief of staff';

export const possessiveRole: PossessiveRoleRule = {
  matches: "Lopez's chief spokesman, Anna Ruiz",
  mustNot: "Lopez's former schoolmate, Anna Ruiz",
  // "Lopez's (permanent|chief|…) envoy" or "an adviser to Lopez"
  serving: new RegExp(
    `([A-Z][\\w-]+(?: [A-Z][\\w-]+)?)['’]s (?:[a-z-]+ ){0,3}(?:${SERVING})\\b|\\b(?:${SERVING}) (?:to|for) ([A-Z][\\w-]+(?: [A-Z][\\w-]+)?)`,
    'g',
  ),
};

/** Gives a side to people without one whose role serves an entity that has one; returns new entities. */
export function possessiveRoleSides(entities: Entity[]): Entity[] {
  const byVariant = new Map<string, Entity>();
  for (const e of entities)
    if (e.side) for (const v of e.variants) if (!byVariant.has(v.toLowerCase())) byVariant.set(v.toLowerCase(), e);
  return entities.map((e) => {
    if (e.type !== 'person' || e.side || !e.role) return e;
    for (const m of e.role.matchAll(possessiveRole.serving)) {
      const whom = (m[1] ?? m[2]).toLowerCase();
      const holder = byVariant.get(whom);
      if (holder && holder !== e) return { ...e, side: holder.side, sideEvidence: `${m[0]} (${holder.canonical})` };
    }
    return e;
  });
}
