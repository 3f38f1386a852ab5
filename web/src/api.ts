/**
 * The page's view of the API. The shapes are not written here: they are read from the types
 * generated from the server's OpenAPI document (./api-types.ts, written by `npm run build`), so
 * the page cannot drift from what the server sends.
 */
import type { paths } from './api-types.js';

/** The JSON body of a path's successful GET. */
type Got<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

export type Summary = Got<'/api/summary'>;
export type EventsAnswer = Got<'/api/events'>;
export type EventSummary = EventsAnswer['events'][number];
export type EventDetail = Got<'/api/events/{id}'>;
export type Report = EventDetail['reports'][number];
export type Highlight = Report['highlights'][number];
export type Check = EventDetail['checks'][number];
export type Dispute = Got<'/api/disputes'>['disputes'][number];
export type DisputeClaim = Dispute['claims'][number];
export type ArticleDetail = Got<'/api/articles/{id}'>;
export type Annotation = ArticleDetail['annotations'][number];
export type Link = Annotation['links'][number];
export type Span = Report['sentence'];
export type ControlCollection = Got<'/api/control'>;
export type Settlement = Got<'/api/settlements'>['settlements'][number];

/** An answer other than 2xx: the server's message, and its status for those that act on it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = ((await res.json()) as { message: string }).message;
    } catch {
      /* keep the status line */
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

const PAGE = 10000;

/**
 * Every page of `/api/events?query`, as one answer. The pages must come from one version of the
 * corpus: when the store changed between two of them, the offsets moved and an event may have
 * been skipped, so the pages are asked again.
 */
async function allEvents(query: string): Promise<EventsAnswer> {
  for (let attempt = 0; ; attempt++) {
    const first = await getJson<EventsAnswer>(`/api/events?${query}${query ? '&' : ''}limit=${PAGE}`);
    const events = [...first.events];
    let moved = false;
    while (events.length < first.total) {
      const page = await getJson<EventsAnswer>(
        `/api/events?${query}${query ? '&' : ''}limit=${PAGE}&offset=${events.length}`,
      );
      moved = page.version !== first.version;
      if (moved || page.events.length === 0) break;
      events.push(...page.events);
    }
    if (!moved) return { ...first, events };
    // a store that changes faster than its pages are read: a poll that fails is asked again later
    if (attempt === 2) throw new Error('The store changed while its events were read three times; reload the page.');
  }
}

export const api = {
  summary: () => getJson<Summary>('/api/summary'),
  /** every event, with the version to poll from */
  events: () => allEvents(''),
  /** the events changed after `version`, with those removed since (`full` when the server restarted) */
  changes: (version: number) => allEvents(`since=${version}`),
  settlements: (bbox: string, limit: number) =>
    getJson<Got<'/api/settlements'>>(`/api/settlements?bbox=${encodeURIComponent(bbox)}&limit=${limit}`).then(
      (r) => r.settlements,
    ),
  event: (id: string) => getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  disputes: () => getJson<{ total: number; disputes: Dispute[] }>('/api/disputes?limit=10000').then((r) => r.disputes),
  article: (id: string) => getJson<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`),
  control: async (date: string): Promise<ControlCollection | null> => {
    const res = await fetch(`/api/control?date=${encodeURIComponent(date)}`);
    return res.ok ? ((await res.json()) as ControlCollection) : null;
  },
};
