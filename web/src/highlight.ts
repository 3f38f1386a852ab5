/**
 * Text with overlapping highlighted spans, as DOM: the text is cut at every span boundary and each
 * piece becomes a text node, wrapped in a <mark> when spans cover it. The innermost span names
 * the mark's kind; every covering span is kept for the evidence it links to.
 */
import type { Highlight } from './api.js';
import { h } from './dom.js';

export interface Piece<T extends Highlight> {
  start: number;
  end: number;
  covering: T[];
}

export function pieces<T extends Highlight>(length: number, spans: T[]): Piece<T>[] {
  const cuts = new Set<number>([0, length]);
  for (const sp of spans) {
    if (sp.start >= 0 && sp.end <= length && sp.start < sp.end) {
      cuts.add(sp.start);
      cuts.add(sp.end);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece<T>[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covering = spans
      .filter((sp) => sp.start <= start && sp.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ start, end, covering });
  }
  return out;
}

// the kinds a reader looks for first win when spans nest
// prettier-ignore
const order = ['toponym', 'timex', 'quantity', 'source', 'entity', 'trigger', 'cue', 'check', 'content'];

export function primaryKind(covering: Highlight[]): string {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  let best = covering[0]!.kind;
  for (const c of covering) if (rank(c.kind) < rank(best)) best = c.kind;
  return best;
}

export function highlighted<T extends Highlight>(
  text: string,
  spans: T[],
  decorate?: (mark: HTMLElement, piece: Piece<T>) => void,
): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const p of pieces(text.length, spans)) {
    const part = text.slice(p.start, p.end);
    if (p.covering.length === 0) {
      frag.appendChild(document.createTextNode(part));
      continue;
    }
    const kind = primaryKind(p.covering);
    const mark = h(
      'mark',
      { class: `hl hl-${kind}`, title: p.covering.map((c) => c.label).join('\n'), 'data-kind': kind },
      part,
    );
    decorate?.(mark, p);
    frag.appendChild(mark);
  }
  return frag;
}
