/**
 * The order every event list is in: by date, undated last, then by id. The server sorts its rows
 * so (./view.ts); the page keeps it when it merges the events a poll sent into those it holds.
 * Pure, so that the page's bundle can import it.
 */
export function eventOrder(x: { date: string | null; id: string }, y: { date: string | null; id: string }): number {
  return (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id.localeCompare(y.id);
}
