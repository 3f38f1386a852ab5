/**
 * Events per day as bars, with a brush: drag across days (or click one) to choose the range the
 * map and the list show. The From/To date fields in the filter bar do the same from the keyboard.
 */
import type { EventSummary } from './api.js';
import { clear, s } from './dom.js';

const DAY = 86_400_000;
export const dayIndex = (d: string, first: string) => Math.round((Date.parse(d) - Date.parse(first)) / DAY);
export const dayAt = (first: string, i: number) => new Date(Date.parse(first) + i * DAY).toISOString().slice(0, 10);

export class Timeline {
  private first = '';
  private days = 0;
  private counts: number[] = [];
  private range: [string, string] | null = null;
  private marker: string | null = null;

  constructor(
    private el: HTMLElement,
    private onBrush: (range: [string, string] | null) => void,
  ) {
    new ResizeObserver(() => this.draw()).observe(el);
    // from the keyboard: ←/→ move a one-day range (Shift+→ / Shift+← widen or narrow it), Escape clears
    el.tabIndex = 0;
    el.addEventListener('keydown', (ev) => {
      if (this.days === 0) return;
      const last = dayAt(this.first, this.days - 1);
      if (ev.key === 'Escape') {
        ev.preventDefault();
        this.onBrush(null);
        return;
      }
      if (ev.key !== 'ArrowLeft' && ev.key !== 'ArrowRight') return;
      ev.preventDefault();
      const step = ev.key === 'ArrowRight' ? 1 : -1;
      const clamp = (i: number) => Math.min(this.days - 1, Math.max(0, i));
      if (!this.range) {
        this.onBrush(step > 0 ? [this.first, this.first] : [last, last]);
        return;
      }
      let a = dayIndex(this.range[0], this.first);
      let b = dayIndex(this.range[1], this.first);
      if (ev.shiftKey) b = Math.max(a, clamp(b + step));
      else if (clamp(a + step) === a + step && clamp(b + step) === b + step) {
        a += step;
        b += step;
      }
      this.onBrush([dayAt(this.first, a), dayAt(this.first, b)]);
    });
  }

  setDomain(min: string | null, max: string | null): void {
    this.first = min ?? '';
    this.days = min && max ? dayIndex(max, min) + 1 : 0;
  }

  setEvents(events: EventSummary[]): void {
    this.counts = new Array<number>(this.days).fill(0);
    for (const e of events) {
      if (!e.date) continue;
      const i = dayIndex(e.date, this.first);
      if (i >= 0 && i < this.days) this.counts[i]!++;
    }
    this.draw();
  }

  setRange(range: [string, string] | null, marker: string | null): void {
    this.range = range;
    this.marker = marker;
    this.draw();
  }

  private draw(): void {
    clear(this.el);
    const width = this.el.clientWidth || 600;
    const height = this.el.clientHeight || 100;
    if (this.days === 0) {
      this.el.append(s('svg', { width, height }));
      return;
    }
    const pad = { l: 28, r: 10, t: 8, b: 20 };
    const w = (width - pad.l - pad.r) / this.days;
    const max = Math.max(1, ...this.counts);
    const svg = s('svg', { width, height, class: 'timeline-svg' });
    const y = (n: number) => pad.t + (height - pad.t - pad.b) * (1 - n / max);
    svg.append(s('text', { x: 2, y: pad.t + 8, class: 'axis' }, String(max)));
    svg.append(s('text', { x: 2, y: height - pad.b, class: 'axis' }, '0'));
    const inRange = (d: string) => !this.range || (d >= this.range[0] && d <= this.range[1]);
    for (let i = 0; i < this.days; i++) {
      const d = dayAt(this.first, i);
      const n = this.counts[i]!;
      const bar = s('rect', {
        x: pad.l + i * w + (w > 4 ? 1 : 0),
        y: y(n),
        width: Math.max(1, w - (w > 4 ? 2 : 0)),
        height: height - pad.b - y(n),
        class: `bar${inRange(d) ? '' : ' out'}`,
        'data-date': d,
        'data-count': n,
      });
      bar.append(s('title', {}, `${d}: ${n} event(s)`));
      svg.append(bar);
    }
    // date labels, at most one every 70 px
    const every = Math.max(1, Math.ceil(70 / w));
    for (let i = 0; i < this.days; i += every) {
      const d = dayAt(this.first, i);
      svg.append(
        s('text', { x: pad.l + i * w + w / 2, y: height - 5, class: 'axis', 'text-anchor': 'middle' }, d.slice(5)),
      );
    }
    if (this.range) {
      const a = Math.max(0, dayIndex(this.range[0], this.first));
      const b = Math.min(this.days - 1, dayIndex(this.range[1], this.first));
      if (b >= a)
        svg.append(
          s('rect', { x: pad.l + a * w, y: 2, width: (b - a + 1) * w, height: height - pad.b, class: 'brush' }),
        );
    }
    if (this.marker) {
      const i = dayIndex(this.marker, this.first);
      if (i >= 0 && i < this.days) {
        svg.append(
          s('line', {
            x1: pad.l + (i + 0.5) * w,
            x2: pad.l + (i + 0.5) * w,
            y1: 0,
            y2: height - pad.b,
            class: 'control-day',
          }),
        );
      }
    }
    // the brush: press, drag, release; a click alone chooses one day
    const dayOf = (ev: PointerEvent) => {
      const r = svg.getBoundingClientRect();
      return Math.min(this.days - 1, Math.max(0, Math.floor((ev.clientX - r.left - pad.l) / w)));
    };
    let start: number | null = null;
    let live: SVGRectElement | null = null;
    svg.addEventListener('pointerdown', (ev) => {
      start = dayOf(ev);
      svg.setPointerCapture(ev.pointerId);
      live = s('rect', { x: pad.l + start * w, y: 2, width: w, height: height - pad.b, class: 'brush live' });
      svg.append(live);
    });
    svg.addEventListener('pointermove', (ev) => {
      if (start === null || !live) return;
      const i = dayOf(ev);
      live.setAttribute('x', String(pad.l + Math.min(start, i) * w));
      live.setAttribute('width', String((Math.abs(i - start) + 1) * w));
    });
    svg.addEventListener('pointerup', (ev) => {
      if (start === null) return;
      const i = dayOf(ev);
      const a = Math.min(start, i);
      const b = Math.max(start, i);
      start = null;
      this.onBrush([dayAt(this.first, a), dayAt(this.first, b)]);
    });
    this.el.append(svg);
  }
}
