import type { Article, Sentence } from '../model.js';

/**
 * Fatalities and injured for an event, from the quantities of its sentence that count people
 * killed or injured ("eight civilians were killed and 27 injured"). ACLED counts the dead; the
 * injured go to sitrep's own field.
 */
export function casualtiesIn(
  article: Article,
  sentence: Sentence,
): { fatalities: number | null; injured: number | null } {
  let fatalities: number | null = null;
  let injured: number | null = null;
  for (const q of article.quantities ?? []) {
    if (q.start < sentence.start || q.end > sentence.end) continue;
    const counts = (q.counts ?? '').toLowerCase();
    if (/^(?:killed|dead|deaths?|fatalities)$/u.test(counts)) fatalities = (fatalities ?? 0) + q.value;
    else if (/^(?:injured|wounded)$/u.test(counts)) injured = (injured ?? 0) + q.value;
  }
  return { fatalities, injured };
}

/**
 * The toll often comes in the sentence after the attack ("Missiles hit a plant in X. One person
 * was killed and two injured, police said."): a sentence that reports casualties and neither
 * reports an event of its own nor names another place carries the previous sentence's toll.
 */
export function casualtiesAfter(
  article: Article,
  sentence: Sentence,
  hasOwnEvent: (s: Sentence) => boolean,
): { fatalities: number | null; injured: number | null } {
  const next = (article.sentences ?? [])[sentence.index + 1];
  const none = { fatalities: null, injured: null };
  if (!next || hasOwnEvent(next)) return none;
  if ((article.toponyms ?? []).some((t) => t.start >= next.start && t.end <= next.end && t.place)) return none;
  return casualtiesIn(article, next);
}
