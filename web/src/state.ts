/** The page's state lives in the URL's query, so that any view can be shared by its address. */
export interface State {
  view: 'events' | 'disputes' | 'article';
  type: string;
  outlet: string;
  side: string;
  status: string;
  minc: number;
  /** GeoNames id: only the events at this place */
  place: string;
  from: string;
  to: string;
  event: string;
  article: string;
  /** "start-end" of a span to show in the article view */
  span: string;
  dispute: string;
}

// prettier-ignore
const keys: (keyof State)[] = ['view', 'type', 'outlet', 'side', 'status', 'minc', 'place', 'from', 'to', 'event', 'article', 'span', 'dispute'];

export function readState(): State {
  const p = new URLSearchParams(location.search);
  const view = p.get('view');
  return {
    view: view === 'disputes' || view === 'article' ? view : 'events',
    type: p.get('type') ?? '',
    outlet: p.get('outlet') ?? '',
    side: p.get('side') ?? '',
    status: p.get('status') ?? '',
    minc: Math.max(0, Number(p.get('minc') ?? 0) || 0),
    place: /^-?\d+$/.test(p.get('place') ?? '') ? p.get('place')! : '',
    from: /^\d{4}-\d{2}-\d{2}$/.test(p.get('from') ?? '') ? p.get('from')! : '',
    to: /^\d{4}-\d{2}-\d{2}$/.test(p.get('to') ?? '') ? p.get('to')! : '',
    event: p.get('event') ?? '',
    article: p.get('article') ?? '',
    span: p.get('span') ?? '',
    dispute: p.get('dispute') ?? '',
  };
}

export function writeState(state: State, push = false): void {
  const p = new URLSearchParams();
  for (const k of keys) {
    const v = state[k];
    if (v === '' || v === 0 || (k === 'view' && v === 'events')) continue;
    p.set(k, String(v));
  }
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
