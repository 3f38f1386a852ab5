/**
 * An official whose role ties them to a place speaks for the state that holds the place: the
 * place is a resolved toponym in the role ("Poltava Mayor …"), else the nearest toponym before
 * the mention in its sentence or the two before ("regional governor …", "The official, …" after
 * "the province's governor"). A place described as occupied or run by an administration another state installed
 * gives no side: the text does not say who holds it.
 *   matches:  Lena Koval, the head of the district council in the Poltava region, said roads were shut.
 *   must not: Lena Koval, a district official in the occupied part of the Poltava region, said roads were shut.
 */
import type { Entity, Sentence, ToponymMention } from '../../model.js';
import { knowledge, type Knowledge } from '../../profiles/index.js';

export interface TerritorialRule {
  matches: string;
  mustNot: string;
  /** a role tied to a territory */
  role: RegExp;
  /** a role tied to a subnational territory, whose place may be named before it ("regional governor") */
  localRole: RegExp;
  /** a role that only points back at an earlier one ("The official, …") */
  bareRole: RegExp;
  /** words that say the place is not held by its own state (the profiles add their installed administrations') */
  occupied: RegExp;
}

export const territorial: TerritorialRule = {
  matches: 'Lena Koval, the head of the district council in the Poltava region, said roads were shut.',
  mustNot: 'Lena Koval, a district official in the occupied part of the Poltava region, said roads were shut.',
  role: /\b(?:governor|mayor|regional|region|district|oblast|province|provincial|municipal|city council|town council|village council|local council|council|territory['’]s)\b/i,
  localRole:
    /\b(?:governor|mayor|regional|district|oblast|province|provincial|municipal|city|town|village|territory['’]s|local)\b/i,
  bareRole: /^(?:the|this|that) (?:official|governor|mayor|head)$/i,
  occupied: /\boccupied\b|\boccupation\b|\bannexed\b/i,
};

const installed = new WeakMap<Knowledge, RegExp | null>();

/** The profiles' words for administrations installed by another side ("Moscow-installed"). */
function installedWords(k: Knowledge): RegExp | null {
  if (!installed.has(k)) installed.set(k, k.installedWords.length ? new RegExp(k.installedWords.join('|'), 'i') : null);
  return installed.get(k)!;
}

interface Layers {
  text: string;
  toponyms: ToponymMention[];
  sentences?: Sentence[];
}

/** The sentence holding `at`, as an index into `sentences` (or -1). */
function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Gives a side to people without one whose role ties them to a place; returns new entities.
 * `role` holds the role words as written; where they sit in the text is found near the mention.
 */
export function territorialSides(entities: Entity[], layers: Layers, k: Knowledge = knowledge()): Entity[] {
  const { text, toponyms } = layers;
  const countrySide = k.countryKeys();
  // a country named as a whole ("French strikes") is not the place an official runs
  const resolved = toponyms
    .filter((t) => t.place && countrySide.has(t.place.country) && !t.place.feature.startsWith('PCL'))
    .sort((a, b) => a.start - b.start);
  if (!resolved.length) return entities;
  const sentences = layers.sentences ?? [];
  return entities.map((e) => {
    if (e.type !== 'person' || e.side || !e.role) return e;
    const roles = e.role
      .split('; ')
      .map((r) => r.trim())
      .filter(Boolean);
    const tied = roles.filter((r) => territorial.role.test(r));
    const bare = roles.some((r) => territorial.bareRole.test(r));
    if (!tied.length && !bare) return e;
    for (const m of e.mentions) {
      // the role words' own span: within 300 characters of the mention
      const lo = Math.max(0, m.start - 300);
      const around = text.slice(lo, Math.min(text.length, m.end + 300));
      let place: ToponymMention | undefined;
      let evidence = tied[0] ?? roles[0];
      for (const r of tied) {
        const at = around.indexOf(r);
        if (at < 0) continue;
        const s = lo + at;
        place = resolved.find((t) => t.start >= s && t.end <= s + r.length);
        if (place) {
          evidence = r;
          break;
        }
      }
      const si = sentences.length ? sentenceAt(sentences, m.start) : -1;
      const sentenceStart = (back: number) =>
        si >= 0 ? sentences[Math.max(0, si - back)].start : Math.max(0, m.start - 150 * (back + 1));
      const end = si >= 0 ? sentences[si].end : m.end;
      // the place's own sentence and the one before may say it is occupied
      let scope = text.slice(sentenceStart(1), end);
      if (!place) {
        // no place in the role: the nearest one before the mention, in its sentence or the two before
        const from = sentenceStart(2);
        // a bare "The official" needs an earlier role tied to a territory to point back at
        if (!tied.length && !territorial.localRole.test(text.slice(from, m.start))) continue;
        // "European Council President": a council is not always local, so it needs its place in the role
        if (tied.length && !tied.some((r) => territorial.localRole.test(r))) continue;
        place = [...resolved].reverse().find((t) => t.end <= m.start && t.start >= from);
        scope = text.slice(from, end);
        if (!tied.length) {
          const earlier = [
            ...text
              .slice(from, m.start)
              .matchAll(/\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:governor|mayor|head|official)\b/gi),
          ]
            .filter((x) => !territorial.bareRole.test(x[0]))
            .pop();
          if (earlier) evidence = `${roles[0]} = ${earlier[0]}`;
        }
      }
      if (!place?.place) continue;
      if (territorial.occupied.test(scope) || installedWords(k)?.test(scope)) return e;
      return {
        ...e,
        side: countrySide.get(place.place.country)!,
        sideEvidence: `${evidence} (${place.text}, ${place.place.country})`,
      };
    }
    return e;
  });
}
