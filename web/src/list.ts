/**
 * The event list, virtualised: only the rows in view (plus a few) exist in the DOM, so 10,000
 * events scroll as smoothly as ten. A listbox: ↑/↓, PageUp/PageDown, Home/End move the
 * selection; Enter or a click opens the event.
 */
import type { EventSummary } from './api.js';
import { colourOf } from './colors.js';
import { clear, h } from './dom.js';

const ROW = 46;
const OVERSCAN = 6;

export class EventList {
  private events: EventSummary[] = [];
  private selected = -1;
  private spacer = h('div', { class: 'spacer' });

  constructor(
    private el: HTMLElement,
    private count: HTMLElement,
    private onSelect: (id: string) => void,
  ) {
    el.append(this.spacer);
    el.addEventListener('scroll', () => this.draw());
    new ResizeObserver(() => this.draw()).observe(el);
    el.addEventListener('keydown', (ev) => this.key(ev));
  }

  setEvents(events: EventSummary[], selectedId: string): void {
    this.events = events;
    this.selected = events.findIndex((e) => e.id === selectedId);
    this.el.dataset.count = String(events.length);
    this.count.textContent = `${events.length.toLocaleString('en')} event${events.length === 1 ? '' : 's'}`;
    this.spacer.style.height = `${events.length * ROW}px`;
    this.draw();
  }

  select(id: string, scroll = true): void {
    this.selected = this.events.findIndex((e) => e.id === id);
    if (scroll && this.selected >= 0) this.scrollTo(this.selected);
    this.draw();
  }

  private scrollTo(i: number): void {
    const top = i * ROW;
    if (top < this.el.scrollTop) this.el.scrollTop = top;
    else if (top + ROW > this.el.scrollTop + this.el.clientHeight) this.el.scrollTop = top + ROW - this.el.clientHeight;
  }

  private key(ev: KeyboardEvent): void {
    const n = this.events.length;
    if (!n) return;
    const page = Math.max(1, Math.floor(this.el.clientHeight / ROW) - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -n,
      End: n,
    };
    if (ev.key in moves) {
      ev.preventDefault();
      const i = Math.min(n - 1, Math.max(0, (this.selected < 0 ? -1 : this.selected) + moves[ev.key]!));
      this.onSelect(this.events[i]!.id);
    } else if (ev.key === 'Enter' && this.selected >= 0) {
      ev.preventDefault();
      this.onSelect(this.events[this.selected]!.id);
    }
  }

  private draw(): void {
    const first = Math.max(0, Math.floor(this.el.scrollTop / ROW) - OVERSCAN);
    const last = Math.min(
      this.events.length,
      Math.ceil((this.el.scrollTop + (this.el.clientHeight || 400)) / ROW) + OVERSCAN,
    );
    clear(this.spacer);
    for (let i = first; i < last; i++) {
      const e = this.events[i]!;
      const row = h(
        'div',
        {
          class: `row${i === this.selected ? ' selected' : ''}`,
          role: 'option',
          id: `row-${i}`,
          'aria-selected': i === this.selected ? 'true' : 'false',
          'data-event': e.id,
          style: `top:${i * ROW}px;height:${ROW}px`,
        },
        h('span', { class: 'dot', style: `background:${colourOf(e.event_type)}`, 'aria-hidden': 'true' }),
        h(
          'span',
          { class: 'row-main' },
          h('span', { class: 'row-title' }, `${e.sub_event_type}${e.location ? ` — ${e.location}` : ''}`),
          h('span', { class: 'row-meta' }, `${e.date ?? 'undated'} · ${e.event_type} · ${e.status}`),
        ),
        h('span', { class: 'badge', title: 'independent outlets' }, String(e.corroboration)),
      );
      row.addEventListener('click', () => this.onSelect(e.id));
      this.spacer.append(row);
    }
    if (this.selected >= 0) this.el.setAttribute('aria-activedescendant', `row-${this.selected}`);
    else this.el.removeAttribute('aria-activedescendant');
  }
}
