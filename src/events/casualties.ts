import type { Article, Sentence } from '../model.js';

/**
 * Fatalities and injured for an event, from the quantities of its sentence that count people
 * killed or injured ("eight civilians were killed and 27 injured"). ACLED counts the dead; the
 * injured go to sitrep's own field.
 */
export function casualtiesIn(article: Article, sentence: Sentence): { fatalities: number | null; injured: number | null } {
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
