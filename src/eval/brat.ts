/**
 * BRAT standoff for attribution (PolNeAR): text-bound annotations `T<n>\t<Label> <start> <end>[;<start> <end>…]\t<text>`
 * and relations `E<n>\tAttribution:T<a> Content:T<b> Cue:T<c> Source:T<d>`. Offsets count Unicode
 * code points; they are converted to UTF-16 offsets of the JavaScript string.
 */
interface BratSpan {
  /** the fragments of a (possibly discontinuous) span */
  fragments: [number, number][];
  start: number;
  end: number;
}

export interface BratAttribution {
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan | null;
}

function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

export function parseBrat(ann: string, text: string): BratAttribution[] {
  const conv = codePointToUtf16(text);
  const spans = new Map<string, { label: string; span: BratSpan }>();
  const relations: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta] = line.split('\t');
      if (!meta) continue;
      const sp = meta.indexOf(' ');
      const label = meta.slice(0, sp);
      const fragments = meta
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((f) => f.length === 2 && f.every(Number.isFinite))
        .map(([s, e]) => [conv(s), conv(e)] as [number, number]);
      if (!fragments.length) continue;
      spans.set(id, {
        label,
        span: {
          fragments,
          start: Math.min(...fragments.map((f) => f[0])),
          end: Math.max(...fragments.map((f) => f[1])),
        },
      });
    } else if (line.startsWith('E')) relations.push(line.split('\t')[1] ?? '');
  }
  const out: BratAttribution[] = [];
  for (const rel of relations) {
    const a: BratAttribution = { source: null, cue: null, content: null };
    for (const part of rel.split(/\s+/)) {
      const [role, id] = part.split(':');
      const s = spans.get(id);
      if (!s) continue;
      if (role === 'Source') a.source = s.span;
      else if (role === 'Cue') a.cue = s.span;
      else if (role === 'Content') a.content = s.span;
    }
    if (a.content || a.cue) out.push(a);
  }
  return out;
}
