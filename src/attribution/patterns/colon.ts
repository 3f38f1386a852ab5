/**
 * A speaker and a colon: headline and transcript style ("Kovalenko: The Bridge Will Hold",
 * "MAYOR: We have no water.") and a named speaker introducing a quote ("Military analyst Olena
 * Kovalenko: “The front is holding.”"). The colon is the cue. Where two or more lines open with a
 * speaker in capitals, the text is a transcript, and those lines are found as the family
 * 'transcript': a headline's "BREAKING:" stands alone, a transcript's turns do not.
 *
 *   matches:  Kovalenko: Kupiansk Bridge Will Be Repaired by Winter
 *   must not: Editor's note: this story was updated on Monday.
 *             (a label, not a speaker; nor is a topic such as "War in the Sahel: …"; but a
 *             headline's "Poll:" or "Report:" is its source, as PolNeAR marks it)
 */
import { type AttributionPattern, type Context, type Found, isCue, isQuote } from '../context.js';

const LABELS =
  /^(?:editor|editors|note|update|updated|updates|photo|photos|video|watch|read|related|source|sources|correction|warning|breaking|exclusive|live|listen|see also|more|also|q|a|tags|topics|image|caption|credit|and|but|so|then|why|what|how|here|for example|example|step \d+|part \d+|chapter \d+|day \d+|question|answer|disclaimer|follow|subscribe|opinion|analysis|transcript)$/i;
const MAX_SPEAKER_TOKENS = 7;
const CAPITALS = /^[A-Z][A-Z.'’ -]*[A-Z]$/;

export const colon: AttributionPattern = {
  name: 'colon',
  matches: 'Kovalenko: Kupiansk Bridge Will Be Repaired by Winter',
  mustNot: "Editor's note: this story was updated on Monday.",
  find(ctx: Context): Found[] {
    const out: Found[] = [];
    for (let i = 1; i < ctx.tokens.length; i++) {
      if (ctx.lower[i] !== ':' || ctx.usedCues.has(i)) continue;
      // the speaker: a short run of words, starting a line or sentence, with a proper name or capitals
      let a = i;
      while (
        a - 1 >= 0 &&
        i - a < MAX_SPEAKER_TOKENS &&
        ctx.tokens[a - 1].sentence === ctx.tokens[i].sentence &&
        !isQuote(ctx.lower[a - 1]) &&
        ctx.tokens[a - 1].pos !== 'PUNCT' &&
        !isCue(ctx, a - 1) &&
        ctx.tokens[a - 1].pos !== 'VERB' &&
        ctx.tokens[a - 1].pos !== 'AUX'
      )
        a--;
      if (a === i) continue;
      // a transcript line may open with a quote mark ("\"WALLACE: Let's start…")
      const lineAt = a > 0 && isQuote(ctx.lower[a - 1]) ? a - 1 : a;
      const lineStart =
        lineAt === 0 ||
        /\n\s*$/.test(ctx.text.slice(Math.max(0, ctx.tokens[lineAt].start - 3), ctx.tokens[lineAt].start)) ||
        ctx.sentStart[a] === a;
      if (!lineStart) continue;
      const speaker = ctx.text.slice(ctx.tokens[a].start, ctx.tokens[i - 1].end);
      const words = speaker.replace(/['’]s\b/g, '').split(/\s+/);
      if (LABELS.test(words[0]) || LABELS.test(words[words.length - 1]) || /\d/.test(speaker)) continue;
      // "War in the Sahel: …" is a topic, not a speaker
      if (/\s(?:in|of|on|at|for|over|after|amid|against)\s/.test(speaker)) continue;
      const hasName = ctx.tokens.slice(a, i).some((t) => t.pos === 'PROPN') && /^[A-Z]/.test(speaker);
      if (!hasName) continue;
      // the content: to the end of the line
      const from = ctx.tokens[i].end;
      const nl = ctx.text.indexOf('\n', from);
      const lineEnd = nl < 0 ? ctx.text.length : nl;
      let s = from;
      while (s < lineEnd && /\s/.test(ctx.text[s])) s++;
      let e = lineEnd;
      while (e > s && /\s/.test(ctx.text[e - 1])) e--;
      if (e - s < 3) continue;
      ctx.usedCues.add(i);
      out.push({
        pattern: CAPITALS.test(speaker) ? 'transcript' : 'colon',
        kind: 'direct',
        source: [ctx.tokens[a].start, ctx.tokens[i - 1].end],
        cue: [ctx.tokens[i].start, ctx.tokens[i].end],
        content: [s, e],
        cueToken: i,
      });
    }
    // a single line in capitals is a headline's label, not a transcript's turn
    const turns = out.filter((f) => f.pattern === 'transcript');
    if (turns.length < 2) for (const f of turns) f.pattern = 'colon';
    return out;
  },
};
