/**
 * The analyst's workbench: map, timeline, claim series, event list and evidence, disputes, and
 * article views over the sitrep API. Every filter is a URL parameter.
 */
import './style.css';
import { api, ApiError, type Dispute, type EventsAnswer, type EventSummary, type Summary } from './api.js';
import { renderArticle } from './article.js';
import { PendingChanges } from './changes.js';
import { controlColours, typeColours } from './colors.js';
import { renderDispute, renderEvent, type Navigate } from './detail.js';
import { clear, h } from './dom.js';
import { EventList } from './list.js';
import { EventMap } from './map.js';
import { seriesChart } from './series.js';
import { readState, writeState, type State } from './state.js';
import { Timeline } from './timeline.js';

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

let state: State = readState();
let summary: Summary;
let all: EventSummary[] = [];
/** the version of the corpus `all` was read from (or the last poll's): what the next poll sends as since */
let version = 0;
let disputes: Dispute[] = [];

const nav: Navigate = {
  article: (id, span) => go({ view: 'article', article: id, span: span ? `${span.start}-${span.end}` : '' }, true),
  dispute: (id) => go({ view: 'disputes', dispute: id }, true),
  event: (id) => go({ view: 'events', event: id }, true),
  place: (id) => go({ view: 'events', place: id, event: '' }, true),
};

const map = new EventMap($('#map'), (id) => go({ event: id }));
const list = new EventList($('#list'), $('#list-count'), (id) => go({ event: id }));
const timeline = new Timeline($('#timeline'), (range) => go({ from: range?.[0] ?? '', to: range?.[1] ?? '' }));

/** events passing every filter except the date range (what the timeline counts) */
function matchesFilters(e: EventSummary): boolean {
  return (
    (!state.type || e.event_type === state.type) &&
    (!state.outlet || e.outlets.includes(state.outlet)) &&
    (!state.side || e.sides.includes(state.side)) &&
    (!state.status || e.status === state.status) &&
    e.corroboration >= state.minc &&
    (!state.place || String(e.geonameid) === state.place)
  );
}
const inDates = (e: EventSummary) =>
  (!state.from || (!!e.date && e.date >= state.from)) && (!state.to || (!!e.date && e.date <= state.to));

let lastFilterKey = '';
let controlDate = '';
async function render(): Promise<void> {
  syncForm();
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
    b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
    if (b.dataset.view === 'article') b.disabled = !state.article;
  }
  $('#view-events').hidden = state.view !== 'events';
  $('#view-disputes').hidden = state.view !== 'disputes';
  $('#view-article').hidden = state.view !== 'article';

  const key = JSON.stringify([
    state.type,
    state.outlet,
    state.side,
    state.status,
    state.minc,
    state.place,
    state.from,
    state.to,
  ]);
  if (key !== lastFilterKey) {
    lastFilterKey = key;
    const filtered = all.filter(matchesFilters);
    timeline.setEvents(filtered);
    const shown = filtered.filter(inDates);
    // an open event the filters now hide is closed (and leaves the URL): what is open is on the map
    if (state.event && !shown.some((e) => e.id === state.event)) {
      state = { ...state, event: '' };
      writeState(state, false);
    }
    map.setEvents(shown);
    list.setEvents(shown, state.event);
    const at = state.place ? shown.find((e) => String(e.geonameid) === state.place)?.location : null;
    if (state.place) $('#list-count').append(` at ${at ?? `GeoNames ${state.place}`} (Clear to see all)`);
  }
  const selected = all.find((e) => e.id === state.event);
  timeline.setRange(
    state.from || state.to ? [state.from || summary.date_min || '', state.to || summary.date_max || ''] : null,
    controlDay(selected),
  );
  map.select(state.event);
  list.select(state.event);
  await Promise.all([renderDetail(), renderControl(selected), renderView()]);
}

/** the day whose control map is drawn: the selected event's, else the end of the brush, else the last day */
function controlDay(selected: EventSummary | undefined): string | null {
  if (!summary.control_snapshots.length) return null;
  return selected?.date ?? (state.to || summary.date_max);
}

async function renderControl(selected: EventSummary | undefined): Promise<void> {
  const day = controlDay(selected);
  const legend = $('#control-legend');
  if (!day || day === controlDate) return;
  controlDate = day;
  const fc = await api.control(day);
  if (controlDate !== day) return;
  map.setControl(fc);
  legend.hidden = !fc;
  clear(legend);
  if (fc) {
    legend.append(
      `Control map of ${fc.time.slice(0, 16).replace('T', ' ')} UTC: `,
      ...Object.entries(controlColours).map(([k, c]) =>
        h('span', { class: 'key' }, h('i', { style: `background:${c}` }), k),
      ),
    );
  }
}

let detailFor = '';
async function renderDetail(): Promise<void> {
  const box = $('#detail');
  // on a phone an open event fills the screen (style.css); elsewhere this class changes nothing
  document.body.classList.toggle('event-open', !!state.event && state.view === 'events');
  if (state.event === detailFor) return;
  detailFor = state.event;
  if (!state.event) {
    clear(box);
    box.append(
      h('p', { class: 'empty' }, 'Select an event on the map or in the list to see its reports, disputes and checks.'),
    );
    return;
  }
  try {
    const d = await api.event(state.event);
    if (detailFor !== d.event.id) return;
    clear(box);
    // shown on a phone only, where the event covers the map and the list
    const back = h(
      'button',
      { type: 'button', class: 'detail-back' },
      `← Back to the ${document.body.dataset.pane === 'list' ? 'list' : 'map'}`,
    );
    back.addEventListener('click', () => go({ event: '' }));
    box.append(back, renderEvent(d, nav));
    box.scrollTop = 0;
    if (d.event.place) map.focus(d.event.place.lat, d.event.place.lon);
  } catch (err) {
    clear(box);
    box.append(h('p', { class: 'error' }, (err as Error).message));
  }
}

let viewFor = '';
async function renderView(): Promise<void> {
  const key = `${state.view}|${state.article}|${state.span}|${state.dispute}`;
  if (key === viewFor) return;
  viewFor = key;
  if (state.view === 'disputes') {
    const box = $('#view-disputes');
    clear(box);
    const contradictions = disputes.filter((d) => d.kind === 'contradiction');
    const series = disputes.filter((d) => d.kind === 'series');
    box.append(h('h2', {}, `Disputes (${contradictions.length})`));
    if (!contradictions.length) box.append(h('p', { class: 'empty' }, 'No contradicting claims were found.'));
    for (const d of contradictions) box.append(renderDispute(d, nav, 'h3'));
    if (series.length) {
      box.append(
        h('h2', {}, `Series (${series.length})`),
        h(
          'p',
          { class: 'small' },
          'One quantity reported over time by different speakers: a series, not a contradiction.',
        ),
      );
      for (const d of series) box.append(seriesChart(d, 420, 170), renderDispute(d, nav, 'h3'));
    }
    if (state.dispute) {
      const target = [...box.querySelectorAll<HTMLElement>('[data-dispute]')].find(
        (el) => el.dataset.dispute === state.dispute,
      );
      target?.classList.add('focus');
      target?.scrollIntoView({ block: 'start' });
    }
  } else if (state.view === 'article' && state.article) {
    const box = $('#view-article');
    clear(box);
    box.append(h('p', { class: 'empty' }, 'Loading…'));
    try {
      const d = await api.article(state.article);
      const m = /^(\d+)-(\d+)$/.exec(state.span);
      clear(box);
      box.append(renderArticle(d, nav, m ? { start: Number(m[1]), end: Number(m[2]) } : null));
    } catch (err) {
      clear(box);
      box.append(h('p', { class: 'error' }, (err as Error).message));
    }
  }
}

function go(patch: Partial<State>, push = false): void {
  state = { ...state, ...patch };
  writeState(state, push);
  void render();
}

// --- the filter bar ---------------------------------------------------------------------------
const form = $<HTMLFormElement>('#filters');
function fill(name: string, values: string[]): void {
  const sel = form.elements.namedItem(name) as HTMLSelectElement;
  // the first option is "all"; the rest are the store's values, which grow as reports arrive
  while (sel.options.length > 1) sel.remove(1);
  for (const v of values) sel.append(h('option', { value: v }, v));
}
const filtersToggle = $<HTMLButtonElement>('#filters-toggle');
function syncForm(): void {
  for (const k of ['type', 'outlet', 'side', 'status', 'from', 'to'] as const) {
    (form.elements.namedItem(k) as HTMLInputElement).value = state[k];
  }
  (form.elements.namedItem('minc') as HTMLInputElement).value = state.minc ? String(state.minc) : '';
  // the button a phone shows in the filters' place says how many are set
  const set =
    (['type', 'outlet', 'side', 'status', 'from', 'to'] as const).filter((k) => state[k]).length + (state.minc ? 1 : 0);
  filtersToggle.textContent = set ? `Filters (${set})` : 'Filters';
}
// on a phone, the map or the list (style.css hides the other); the map first
function showPane(pane: 'map' | 'list'): void {
  document.body.dataset.pane = pane;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.panes button'))
    b.setAttribute('aria-pressed', String(b.dataset.pane === pane));
}
showPane('map');
for (const b of document.querySelectorAll<HTMLButtonElement>('.panes button')) {
  b.addEventListener('click', () => showPane(b.dataset.pane as 'map' | 'list'));
}
filtersToggle.addEventListener('click', () => {
  const open = form.classList.toggle('open');
  filtersToggle.setAttribute('aria-expanded', String(open));
});
form.addEventListener('change', (ev) => {
  const t = ev.target as HTMLInputElement;
  if (t.name === 'minc') go({ minc: Math.max(0, Number(t.value) || 0) });
  else if (t.name in state) go({ [t.name]: t.value });
});
form.addEventListener('submit', (ev) => ev.preventDefault());
form.addEventListener('reset', (ev) => {
  ev.preventDefault();
  go({ type: '', outlet: '', side: '', status: '', minc: 0, place: '', from: '', to: '' });
});
for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  b.addEventListener('click', () => go({ view: b.dataset.view as State['view'] }, true));
}
window.addEventListener('popstate', () => {
  state = readState();
  void render();
});

function legend(): HTMLElement {
  return h(
    'div',
    { class: 'type-legend' },
    ...Object.entries(typeColours)
      .filter(([k]) => summary.event_types.includes(k))
      .map(([k, c]) => h('span', { class: 'key' }, h('i', { style: `background:${c}` }), k)),
    h('span', { class: 'key small' }, 'size: independent outlets'),
  );
}

/** Puts a loaded picture on the page: filter options, date bounds, legend, series, then the views. */
async function show(): Promise<void> {
  fill('type', summary.event_types);
  fill('outlet', summary.outlets);
  fill('side', summary.sides);
  fill('status', summary.statuses);
  for (const k of ['from', 'to']) {
    const input = form.elements.namedItem(k) as HTMLInputElement;
    if (summary.date_min) input.min = summary.date_min;
    if (summary.date_max) input.max = summary.date_max;
  }
  timeline.setDomain(summary.date_min, summary.date_max);
  document.querySelector('.type-legend')?.remove();
  $('#map').after(legend());
  const seriesBox = $('#series');
  clear(seriesBox);
  const series = disputes.filter((d) => d.kind === 'series');
  seriesBox.hidden = series.length === 0;
  for (const d of series) seriesBox.append(seriesChart(d));
  await render();
}

/** How often the page asks whether the store has news (a later analyze, a posted article). */
const REFRESH_MS = 15_000;
/** The summary of a store that changed since the picture shown, until the analyst asks for it. */
let waiting: Summary | null = null;
/** What the polls brought meanwhile. */
const pending = new PendingChanges();

/** The events changed after the version held; every event when the server cannot say (a restart). */
async function changes(): Promise<EventsAnswer> {
  try {
    return await api.changes(version);
  } catch (err) {
    // a version the server never reported (a restart on a clock set back): start afresh
    if (err instanceof ApiError && err.status === 400) return api.events();
    throw err;
  }
}

/**
 * Asks for the events changed since the version held (an answer of a few bytes when nothing
 * changed); when the corpus changed, says so with the number of new events and a button: the
 * picture changes only when the analyst asks (a list that moved under the pointer would lose
 * their place).
 */
async function poll(): Promise<void> {
  const answer = await changes();
  if (answer.version === version) return;
  const next = await api.summary();
  pending.take(answer);
  version = answer.version;
  waiting = next;
  const added = pending.added(all);
  const box = $('#updated');
  clear(box);
  box.append(
    added > 0 ? `${added} new event${added === 1 ? '' : 's'} in the store. ` : 'The store has changed. ',
    h('button', { type: 'button', id: 'show-new' }, 'Show'),
  );
  $('#show-new').addEventListener('click', () => void showWaiting());
}

/** Merges what the polls brought, loads the disputes again and redraws, keeping the filters and the selected event. */
async function showWaiting(): Promise<void> {
  if (!waiting) return;
  const before = all.length;
  all = pending.applyTo(all);
  disputes = await api.disputes();
  summary = waiting;
  waiting = null;
  lastFilterKey = '';
  detailFor = '';
  controlDate = '';
  await show();
  const added = all.length - before;
  const time = new Date().toTimeString().slice(0, 5);
  $('#updated').textContent =
    `Updated at ${time}: ${summary.events} events from ${summary.articles} articles${added > 0 ? ` (${added} new)` : ''}.`;
}

async function start(): Promise<void> {
  try {
    const outlines = map.loadOutlines();
    let events: EventsAnswer;
    [summary, events, disputes] = await Promise.all([api.summary(), api.events(), api.disputes()]);
    all = events.events;
    version = events.version;
    await show();
    await outlines;
    document.documentElement.dataset.ready = 'true';
    performance.mark('sitrep-ready');
    // a failed poll (the server restarting) is tried again at the next one
    setInterval(() => void poll().catch(() => {}), REFRESH_MS);
  } catch (err) {
    document.body.prepend(
      h('p', { class: 'error banner' }, `Could not load the event picture: ${(err as Error).message}`),
    );
    document.documentElement.dataset.ready = 'error';
  }
}

void start();
