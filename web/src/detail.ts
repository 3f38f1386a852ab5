/**
 * One event: its fused record, each report side by side (outlet, date, claimant and side, the
 * sentence with place, date, numbers and speaker highlighted), its disputed fields, the disputes
 * that touch it and its checks with their explanations.
 */
import { bareQuote } from './quotes.js';
import type { Dispute, EventDetail } from './api.js';
import { colourOf } from './colors.js';
import { untitled } from './article.js';
import { h } from './dom.js';
import { highlighted } from './highlight.js';

export interface Navigate {
  article(id: string, span?: { start: number; end: number }): void;
  dispute(id: string): void;
  event(id: string): void;
  /** the events at a place (GeoNames id) */
  place(id: string): void;
}

const row = (k: string, v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? null : h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, String(v)));

/** equal values once each, with everyone who gave them */
function grouped(
  values: { value: string | number | null; outlet: string | null; claimant: string | null }[],
): [string, string[]][] {
  const by = new Map<string, string[]>();
  for (const v of values) {
    const key = String(v.value ?? '—');
    const who = [v.outlet, v.claimant].filter(Boolean).join(', ') || 'unattributed';
    const list = by.get(key) ?? [];
    if (!list.includes(who)) list.push(who);
    by.set(key, list);
  }
  return [...by];
}

export function renderEvent(d: EventDetail, nav: Navigate): HTMLElement {
  const e = d.event;
  const box = h('div', { class: 'event-detail', 'data-event': e.id });
  box.append(
    h(
      'h2',
      {},
      h('span', { class: 'dot', style: `background:${colourOf(e.event_type)}`, 'aria-hidden': 'true' }),
      `${e.sub_event_type}${e.place ? ` — ${e.place.name}` : e.location ? ` — ${e.location}` : ''}`,
    ),
    h('p', { class: 'notes' }, e.notes),
    h(
      'table',
      { class: 'record' },
      h(
        'tbody',
        {},
        row('event_type', e.event_type),
        row('sub_event_type', e.sub_event_type),
        row('date', e.date ? `${e.date} (time_precision ${e.time_precision})` : 'undated'),
        row(
          'location',
          e.place
            ? `${e.place.name}, ${e.place.country} (${e.place.lat.toFixed(3)}, ${e.place.lon.toFixed(3)}; GeoNames ${e.place.geonameid})`
            : e.location,
        ),
        row('geo_precision', e.geo_precision),
        row('actor1', e.actor1),
        row('actor2', e.actor2),
        row('fatalities', e.fatalities),
        row('injured', e.injured),
        row(
          'corroboration',
          `${e.corroboration} independent source(s): ${e.outlets.join(', ')}${e.corroboration_basis ? ` — ${e.corroboration_basis}` : ''}`,
        ),
        row('claimants’ sides', d.sides.join(', ')),
        row('status', e.status),
        row('confidence', e.confidence.toFixed(2)),
        row(
          'reported',
          e.firstReported === e.lastReported ? e.firstReported : `${e.firstReported} to ${e.lastReported}`,
        ),
      ),
    ),
  );

  if (e.disagreements.length) {
    box.append(h('h3', {}, 'Disputed fields'));
    const ul = h('ul', { class: 'disagreements' });
    for (const f of e.disagreements) {
      ul.append(
        h(
          'li',
          {},
          h('strong', {}, f.field),
          ': ',
          ...grouped(f.values).flatMap(([value, who], i) => [
            i ? ' vs ' : '',
            h('span', { class: 'value' }, value),
            ` (${who.join('; ')})`,
          ]),
        ),
      );
    }
    box.append(ul);
  }

  box.append(h('h3', {}, `Reports (${d.reports.length})`));
  const reports = h('div', { class: 'reports' });
  for (const r of d.reports) {
    const open = h('button', { type: 'button', class: 'link' }, 'Open article');
    open.addEventListener('click', () => nav.article(r.articleId, r.sentence));
    reports.append(
      h(
        'section',
        { class: 'report', 'data-article': r.articleId },
        h(
          'header',
          {},
          h('strong', { class: 'outlet' }, r.outlet ?? 'outlet unknown'),
          ' · ',
          r.published ?? 'undated',
        ),
        h('div', { class: 'title' }, r.title ?? untitled(r.outlet, r.published)),
        h(
          'div',
          { class: 'claimant' },
          'Claimant: ',
          h('strong', {}, r.claimant ?? 'unattributed'),
          r.side ? h('span', { class: 'side' }, r.side) : null,
          r.hedge ? h('span', { class: 'hedge' }, r.hedge) : null,
        ),
        h('blockquote', { class: 'sentence' }, highlighted(r.sentence.text, r.highlights)),
        open,
      ),
    );
  }
  box.append(reports);

  if (d.disputes.length) {
    box.append(h('h3', {}, 'Disputes'));
    for (const x of d.disputes) box.append(renderDispute(x, nav));
  }

  box.append(h('h3', {}, `Checks (${d.checks.length})`));
  if (!d.checks.length) box.append(h('p', { class: 'empty' }, 'No check concerns this event.'));
  for (const c of d.checks) {
    box.append(
      h(
        'div',
        { class: `check verdict-${c.verdict}` },
        h('span', { class: 'verdict' }, c.verdict),
        h('strong', {}, ` ${c.kind}: `),
        c.explanation,
        h('div', { class: 'small' }, `stated: ${c.stated}${c.computed ? ` · computed: ${c.computed}` : ''}`),
      ),
    );
  }

  // the place's history on the control maps: context for the reader, not a check of this event
  const pc = d.place_control;
  if (pc && pc.runs.length) {
    const section = h('section', { class: 'place-control', 'aria-label': `Control of ${pc.place} on the maps` });
    section.append(
      h('h3', {}, `Control of ${pc.place} on the maps`),
      h(
        'p',
        { class: 'small' },
        `What the imported control maps show at ${pc.place}, map by map; not a check of this event.`,
      ),
    );
    const list = h('ul', { class: 'control-runs' });
    for (const r of pc.runs) {
      const from = r.from.slice(0, 10);
      const to = r.to.slice(0, 10);
      list.append(
        h(
          'li',
          { class: `run status-${r.status}` },
          h('strong', {}, CONTROL_WORDS[r.status]),
          ` ${from === to ? from : `${from} to ${to}`} (${r.snapshots} map${r.snapshots === 1 ? '' : 's'})`,
        ),
      );
    }
    section.append(list);
    box.append(section);
  }
  return box;
}

const CONTROL_WORDS: Record<'occupied' | 'contested' | 'liberated' | 'none', string> = {
  occupied: 'occupied',
  contested: 'contested',
  liberated: 'taken back',
  none: 'not marked',
};

/** A dispute card; its heading sits one level under the heading it is listed beneath. */
export function renderDispute(d: Dispute, nav: Navigate, heading: 'h3' | 'h4' = 'h4'): HTMLElement {
  const box = h('section', { class: `dispute kind-${d.kind}`, 'data-dispute': d.id, id: `dispute-${d.id}` });
  box.append(h(heading, {}, `${d.kind === 'series' ? 'Series' : 'Contradiction'}: ${d.topic}`));
  const claims = h('div', { class: 'claims' });
  for (const c of d.claims) {
    const open = h('button', { type: 'button', class: 'link' }, 'Open article');
    open.addEventListener('click', () => nav.article(c.articleId, c.span));
    claims.append(
      h(
        'div',
        { class: 'claim' },
        h(
          'div',
          { class: 'who' },
          h('strong', {}, c.speaker ?? 'unattributed'),
          c.side ? h('span', { class: 'side' }, c.side) : null,
        ),
        h('div', { class: 'when' }, `${c.date ?? 'undated'}${c.outlet ? ` · ${c.outlet}` : ''}`),
        h('q', {}, bareQuote(c.span.text)),
        typeof c.value === 'number' ? h('div', { class: 'value' }, `value: ${c.value}`) : null,
        open,
      ),
    );
  }
  box.append(claims);
  return box;
}
