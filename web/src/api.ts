/** The page's view of the API (see /api/openapi.json). */
export interface EventSummary {
  id: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number;
  date: string | null;
  time_precision: number;
  fatalities: number | null;
  corroboration: number;
  outlets: string[];
  sides: string[];
  status: string;
  confidence: number;
  reports: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Highlight {
  start: number;
  end: number;
  kind: string;
  label: string;
}

export interface Link {
  kind: 'event' | 'place' | 'entity' | 'claim' | 'dispute' | 'check';
  id: string;
  label: string;
}

export interface Annotation extends Highlight {
  links: Link[];
}

export interface DisputeClaim {
  articleId: string;
  path: string;
  claimId: string | null;
  speaker: string | null;
  side: string | null;
  outlet: string | null;
  title: string | null;
  date: string | null;
  span: Span;
  value?: number | null;
}

export interface Dispute {
  id: string;
  kind: 'contradiction' | 'series';
  topic: string;
  claims: DisputeClaim[];
}

export interface Check {
  id: string;
  kind: string;
  articleId: string;
  span: Span;
  stated: string;
  computed: string | null;
  verdict: string;
  explanation: string;
  eventId?: string | null;
}

export interface Report {
  articleId: string;
  path: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  date: string | null;
  claimant: string | null;
  side: string | null;
  hedge: string | null;
  sentence: Span;
  highlights: Highlight[];
}

export interface EventDetail {
  event: EventSummary & {
    place: { geonameid: number; name: string; feature: string; country: string; lat: number; lon: number } | null;
    injured: number | null;
    firstReported: string | null;
    lastReported: string | null;
    disagreements: { field: string; values: { value: string | number | null; articleId: string; outlet: string | null; claimant: string | null }[] }[];
    notes: string;
    /** how the independent sources were counted (wire copies once, unnamed sources apart) */
    corroboration_basis?: string;
  };
  sides: string[];
  reports: Report[];
  checks: Check[];
  disputes: Dispute[];
}

export interface ArticleDetail {
  article: {
    id: string;
    path: string;
    title: string | null;
    url: string | null;
    outlet: string | null;
    published: string | null;
    published_on_or_after: string | null;
    wire: string[];
    text: string;
    messages: { stage: string; severity: string; message: string }[];
  };
  annotations: Annotation[];
  events: EventSummary[];
  disputes: Dispute[];
  checks: Check[];
}

export interface Summary {
  articles: number;
  events: number;
  disputes: number;
  series: number;
  date_min: string | null;
  date_max: string | null;
  event_types: string[];
  outlets: string[];
  sides: string[];
  statuses: string[];
  control_snapshots: string[];
}

export interface ControlCollection {
  type: 'FeatureCollection';
  time: string;
  features: { type: 'Feature'; geometry: unknown; properties: { status: string; name: string | null } }[];
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
  event: (id: string) => getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  disputes: () => getJson<{ total: number; disputes: Dispute[] }>('/api/disputes?limit=10000').then((r) => r.disputes),
  article: (id: string) => getJson<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`),
  control: async (date: string): Promise<ControlCollection | null> => {
    const res = await fetch(`/api/control?date=${encodeURIComponent(date)}`);
    return res.ok ? ((await res.json()) as ControlCollection) : null;
  },
};
