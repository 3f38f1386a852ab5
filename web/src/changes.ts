/**
 * What the page's polls (`GET /api/events?since=V`) bring, held until the analyst asks to see it
 * (a list that moved under the pointer would lose their place), then merged into the events shown.
 */
import { eventOrder } from '../../src/server/event-order.js';
import type { EventsAnswer, EventSummary } from './api.js';

export class PendingChanges {
  /** events added or changed, by id: the latest record of each */
  private changed = new Map<string, EventSummary>();
  private removed = new Set<string>();
  /** every event, from an answer that was not a change list (`full`: the server restarted) */
  private every: EventSummary[] | null = null;

  /** Takes one poll's answer, after those taken before it. */
  take(answer: EventsAnswer): void {
    if (answer.full) {
      this.every = answer.events;
      this.changed.clear();
      this.removed.clear();
      return;
    }
    for (const id of answer.removed) {
      this.changed.delete(id);
      this.removed.add(id);
    }
    for (const e of answer.events) {
      this.removed.delete(e.id);
      this.changed.set(e.id, e);
    }
  }

  /** How many of the events held are not among `shown`: the new ones. */
  added(shown: readonly EventSummary[]): number {
    const ids = new Set(shown.map((e) => e.id));
    const held = this.every ?? [...this.changed.values()];
    return held.filter((e) => !ids.has(e.id)).length;
  }

  /** `shown` with what was taken applied, in the list's order; nothing is held afterwards. */
  applyTo(shown: readonly EventSummary[]): EventSummary[] {
    const kept = (this.every ?? shown).filter((e) => !this.removed.has(e.id) && !this.changed.has(e.id));
    const out = [...kept, ...this.changed.values()].sort(eventOrder);
    this.every = null;
    this.changed.clear();
    this.removed.clear();
    return out;
  }
}
