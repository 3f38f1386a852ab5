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
export type EventSummary = Got<'/api/events'>['events'][number];
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

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = ((await res.json()) as { message: string }).message;
    } catch {
      /* keep the status line */
    }
    throw new Error(message);
  }
  return (await res.json()) as T;
}

export const api = {
  summary: () => getJson<Summary>('/api/summary'),
  async events(): Promise<EventSummary[]> {
    const out: EventSummary[] = [];
    for (let offset = 0; ; offset += 10000) {
      const page = await getJson<{ total: number; events: EventSummary[] }>(`/api/events?limit=10000&offset=${offset}`);
      out.push(...page.events);
      if (out.length >= page.total || page.events.length === 0) return out;
    }
  },
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
