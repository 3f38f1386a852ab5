import { hashId } from '../hash-id.js';
import type { Article, Claim, ScaleStatement, Sentence } from '../model.js';
import { knowledgeFor } from '../profiles/index.js';
import { claimantSideOf } from './actors.js';
import { actingSide } from './side-cues.js';

/**
 * Statements of how much territory a side gained: an area ("retook some 300 square
 * kilometres", "gained 90 square miles") or a minimising phrase ("only a handful of villages").
 *
 *   matches:  "The general said troops had recaptured 400 square kilometers this week."
 *             "The envoy said only a handful of villages had been taken."
 *   must not: "The reservoir covers 400 square kilometers." (no gain)
 */
const GAIN =
  /\b(?:re-?t(?:ook|aken|ake)|recaptur\w*|liberat\w*|freed|regain\w*|reclaim\w*|gain(?:ed|s)?|captur\w*|seiz\w*|took\s+back|taken\s+back|de-?occupied|conquer\w*)\b/iu;
const MINIMISING =
  /\b(?:just|only|merely)\s+["“]?\s*(?:a\s+few|a\s+handful\s+of|several|some|two\s+or\s+three|a\s+couple\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:villages|settlements|localities|hamlets|towns)\b|\bphantom\s+(?:achievements|gains|successes|victories)\b/giu;

/** A stable id from the parts (see ../hash-id.ts). */
function id(...parts: (string | number)[]): string {
  return hashId(parts.map(String));
}

export function scaleStatements(
  article: Article,
  claimFor: (at: number) => Claim | null,
  dateFor: (s: Sentence, at: number) => string | null,
): ScaleStatement[] {
  const out: ScaleStatement[] = [];
  const k = knowledgeFor(article);
  for (const s of article.sentences ?? []) {
    const text = article.text.slice(s.start, s.end);
    for (const q of article.quantities ?? []) {
      if (q.start < s.start || q.end > s.end || q.si_unit !== 'km2') continue;
      const gain = GAIN.exec(text);
      if (!gain) continue;
      const claim = claimFor(q.start);
      const speakerSide = claimantSideOf(claim, article.entities ?? [], k);
      const cue = actingSide(text, gain.index, gain.index + gain[0].length, k);
      out.push({
        id: id(article.id, 'scale', q.start),
        articleId: article.id,
        span: { start: q.start, end: q.end, text: q.text },
        km2: Math.round(q.si_value * 10) / 10,
        minimising: false,
        gainer: k.sideOfKey(cue ?? k.partyKey(speakerSide)),
        speaker: claim?.speaker?.canonical ?? claim?.source?.text ?? null,
        speakerSide,
        claimId: claim?.id ?? null,
        date: dateFor(s, q.start),
      });
    }
    MINIMISING.lastIndex = 0;
    for (let m = MINIMISING.exec(text); m; m = MINIMISING.exec(text)) {
      const at = s.start + m.index;
      const claim = claimFor(at);
      const speakerSide = claimantSideOf(claim, article.entities ?? [], k);
      const speakerKey = k.partyKey(speakerSide);
      out.push({
        id: id(article.id, 'scale-min', at),
        articleId: article.id,
        span: { start: at, end: at + m[0].length, text: m[0] },
        km2: null,
        minimising: true,
        // who belittles gains speaks of the other side's gains
        gainer: k.sideOfKey(speakerKey ? k.opponentOf(speakerKey) : null),
        speaker: claim?.speaker?.canonical ?? claim?.source?.text ?? null,
        speakerSide,
        claimId: claim?.id ?? null,
        date: dateFor(s, at),
      });
    }
  }
  return out;
}
