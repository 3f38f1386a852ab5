/**
 * A quotation credited with a dash after it, the style of quote cards, epigraphs and reader
 * round-ups ("“We will rebuild the bridge.” — Olena Kovalenko, engineer"). The dash is the cue,
 * the name after it the source, the quotation the content.
 *
 *   matches:  “The shelling stopped at dawn.” ― Petro Melnyk, a resident of Izium
 *   must not: “The shelling stopped at dawn” — but by noon it had started again.
 *             (a dash that goes on with the sentence, not a name)
 */
import type { AttributionPattern, Context, Found } from '../context.js';

const DASH = /^(?:—|―|–|--)$/;
const MAX_NAME_TOKENS = 6;

export const dashCredit: AttributionPattern = {
  name: 'dash-credit',
  matches: '“The shelling stopped at dawn.” ― Petro Melnyk, a resident of Izium',
  mustNot: '“The shelling stopped at dawn” — but by noon it had started again.',
  find(ctx: Context): Found[] {
    const out: Found[] = [];
    let q = 0;
    for (let i = 0; i < ctx.tokens.length; i++) {
      if (!DASH.test(ctx.lower[i]) || ctx.usedCues.has(i)) continue;
      // right after a closing quote mark, on the same line or at the start of the next
      while (q < ctx.quotes.length && ctx.quotes[q].end <= ctx.tokens[i].start - 3) q++;
      const quote = ctx.quotes[q];
      if (
        !quote ||
        quote.end > ctx.tokens[i].start ||
        /\S/.test(ctx.text.slice(quote.end, ctx.tokens[i].start).replace(/\n/, ''))
      )
        continue;
      // the credit: capitalised words up to a comma, parenthesis or the end of the line
      const lineEnd = ctx.text.indexOf('\n', ctx.tokens[i].end);
      const stop = lineEnd < 0 ? ctx.text.length : lineEnd;
      let e = i + 1;
      while (
        e < ctx.tokens.length &&
        ctx.tokens[e].start < stop &&
        !/^[,(;]$/.test(ctx.lower[e]) &&
        e - i <= MAX_NAME_TOKENS
      )
        e++;
      const name = ctx.tokens.slice(i + 1, e);
      if (name.length === 0 || name.length > MAX_NAME_TOKENS) continue;
      if (!name.every((t) => /^\p{Lu}/u.test(t.text) || /^(?:\.|de|van|von|al|bin|da|di|la|le|-)$/i.test(t.text)))
        continue;
      ctx.usedCues.add(i);
      out.push({
        pattern: 'dash-credit',
        kind: 'direct',
        source: [name[0].start, name[name.length - 1].end],
        cue: [ctx.tokens[i].start, ctx.tokens[i].end],
        content: [quote.start, quote.end],
        cueToken: i,
      });
    }
    return out;
  },
};
