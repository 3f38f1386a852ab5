import { describe, expect, it } from 'vitest';
import type { EventsAnswer, EventSummary } from '../../web/src/api.js';
import { PendingChanges } from '../../web/src/changes.js';

const ev = (id: string, date: string | null, status = 'reported') => ({ id, date, status }) as EventSummary;
const answer = (events: EventSummary[], removed: string[] = [], full = false) =>
  ({ total: events.length, limit: 10000, offset: 0, version: 1, full, removed, events }) as EventsAnswer;
const shown = [ev('A', '2022-09-08'), ev('B', '2022-09-09'), ev('C', null)];

describe("the page's pending changes", () => {
  it('replaces changed events, adds new ones, drops removed ones, in the list order (by date, undated last, then id)', () => {
    const p = new PendingChanges();
    p.take(answer([ev('B', '2022-09-09', 'disputed'), ev('D', '2022-09-08')], ['A']));
    expect(p.added(shown)).toBe(1);
    const out = p.applyTo(shown);
    expect(out.map((e) => e.id)).toEqual(['D', 'B', 'C']);
    expect(out.find((e) => e.id === 'B')?.status).toBe('disputed');
    // nothing is held afterwards
    expect(p.applyTo(out)).toEqual(out);
  });

  it('keeps the latest of several polls: an event removed after it came, or back after it went', () => {
    const p = new PendingChanges();
    p.take(answer([ev('D', '2022-09-10')], ['B']));
    p.take(answer([ev('B', '2022-09-07')], ['D']));
    expect(p.added(shown)).toBe(0);
    expect(p.applyTo(shown).map((e) => e.id)).toEqual(['B', 'A', 'C']);
  });

  it('takes a full answer (the server restarted) as every event, and later changes on top of it', () => {
    const p = new PendingChanges();
    p.take(answer([ev('B', '2022-09-09')], ['A']));
    p.take(answer([ev('E', '2022-09-01'), ev('A', '2022-09-08')], [], true));
    expect(p.added(shown)).toBe(1);
    p.take(answer([ev('F', '2022-09-02')], ['A']));
    expect(p.applyTo(shown).map((e) => e.id)).toEqual(['E', 'F']);
  });
});
