import { hashId } from '../hash-id.js';
import type { Article, Claim, ControlStatement, EventMention, Sentence, Side, ToponymMention } from '../model.js';
import { knowledgeFor } from '../profiles/index.js';
import { claimantSideOf } from './actors.js';
import { isCountryLevel, isRegion } from './location.js';

/**
 * Statements of who holds a place: "the town is under our control", "we no longer control X",
 * "X remains in <demonym> hands". "our" and "we" are the speaker's side; "no longer" gives the
 * place to the other side.
 *
 *   matches:  "“The city is under our control,” the Moscow-appointed governor said." (holder: the side that appointed him)
 *             "“We no longer control Lyman,” the official admitted." (holder: the official's opponent)
 *   must not: "The army hopes to bring the city under its control." (an aim)
 */
export const CONTROL_PATTERNS: { re: RegExp; holder: 'speaker' | 'opponent' | 'named' }[] = [
  { re: /\b(?:we|they)\s+no\s+longer\s+(?:control|hold)\b/giu, holder: 'opponent' },
  {
    re: /\b(?:is|are|was|were|remains?|remained|stays?)\s+["“”']?(?:still\s+|now\s+)?(?:fully\s+|firmly\s+|completely\s+|entirely\s+)?["“”']?\s*under\s+our\s+(?:full\s+)?control\b/giu,
    holder: 'speaker',
  },
  { re: /\bwe\s+(?:still\s+|fully\s+)?(?:control|hold)\b/giu, holder: 'speaker' },
  {
    re: /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?(?:fully\s+)?(?:under|in)\s+(?<side>\p{Lu}[\p{L}’'-]+)\s+(?:control|hands)\b/giu,
    holder: 'named',
  },
];

/** A stable id from the parts (see ../hash-id.ts). */
function id(...parts: (string | number)[]): string {
  return hashId(parts.map(String));
}

/** The place a control statement is about: a place in its sentence, else the last town named before ("the town"). */
function placeFor(article: Article, sentences: Sentence[], s: Sentence, at: number): ToponymMention | null {
  const tops = (article.toponyms ?? []).filter(
    (t) => t.place && !isCountryLevel(t.place) && !isRegion(t.place) && t.confidence >= 0.2,
  );
  const own = tops.filter((t) => t.start >= s.start && t.end <= s.end);
  if (own.length) return own.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const phrase = article.text.slice(s.start, s.end);
  if (!/\bthe\s+(?:town|city|village|settlement)\b/iu.test(phrase)) return null;
  const earlier = tops.filter((t) => t.end <= s.start && t.start >= (sentences[Math.max(0, s.index - 2)]?.start ?? 0));
  return earlier.at(-1) ?? null;
}

function previousClaim(article: Article, sentences: Sentence[], s: Sentence, at: number): Claim | null {
  const from = sentences[Math.max(0, s.index - 2)]?.start ?? 0;
  const before = (article.claims ?? []).filter((c) => c.content.end <= at && c.content.end >= from && c.speaker);
  return before.sort((a, b) => b.content.end - a.content.end)[0] ?? null;
}

export function controlStatements(
  article: Article,
  mentions: EventMention[],
  claimFor: (at: number) => Claim | null,
  dateFor: (s: Sentence, at: number) => string | null,
): ControlStatement[] {
  const out: ControlStatement[] = [];
  const k = knowledgeFor(article);
  const sentences = article.sentences ?? [];
  for (const s of sentences) {
    const text = article.text.slice(s.start, s.end);
    for (const p of CONTROL_PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
        const at = s.start + m.index;
        if (
          /\b(?:hope|aim|want|try|bring|seek|will|would|could)\w*\s+(?:\p{L}+\s+){0,3}$/iu.test(text.slice(0, m.index))
        )
          continue;
        // "we" and "our" outside any recognised claim: the quote goes on in the voice of the
        // speaker of the claim just before (within two sentences)
        const claim = claimFor(at) ?? previousClaim(article, sentences, s, at);
        const speakerSide = claimantSideOf(claim, article.entities ?? [], k);
        const speakerKey = k.partyKey(speakerSide);
        let holderKey: string | null = null;
        if (p.holder === 'named') holderKey = k.sideWord(m.groups?.side ?? '');
        else if (speakerKey) holderKey = p.holder === 'speaker' ? speakerKey : k.opponentOf(speakerKey);
        const holder = k.sideOfKey(holderKey);
        if (!holder) continue;
        const place = placeFor(article, sentences, s, at);
        if (!place) continue;
        out.push({
          id: id(article.id, 'control', at),
          articleId: article.id,
          span: { start: at, end: at + m[0].length, text: m[0] },
          place,
          holder,
          speaker: claim?.speaker?.canonical ?? claim?.source?.text ?? null,
          speakerSide,
          claimId: claim?.id ?? null,
          date: dateFor(s, at),
          basis: 'statement',
        });
      }
    }
  }
  // Every report of a place changing hands says who holds it afterwards.
  for (const e of mentions) {
    if (!e.location?.place || e.summary || e.caption) continue;
    if (e.event_type !== 'Battles' || e.sub_event_type === 'Armed clash') continue;
    const holder: Side | null = k.sideOfKey(k.keyOfActor(e.actor1));
    if (!holder || e.geo_precision === 3) continue;
    out.push({
      id: id(article.id, 'control-event', e.id),
      articleId: article.id,
      span: { start: e.trigger.start, end: e.trigger.end, text: e.trigger.text },
      place: e.location,
      holder,
      speaker: e.claimant,
      speakerSide: e.claimantSide ?? null,
      claimId: e.claimId,
      date: e.date,
      basis: 'event',
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
