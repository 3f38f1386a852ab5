/** A small chart per claim series: the value each speaker gave, by date (territory regained…). */
import type { Dispute } from './api.js';
import { h, s } from './dom.js';

export function seriesChart(d: Dispute, width = 380, height = 140): HTMLElement {
  const pts = d.claims
    .filter((c) => typeof c.value === 'number' && c.date)
    .map((c) => ({ date: c.date!, value: c.value!, speaker: c.speaker ?? 'unattributed', outlet: c.outlet }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
  const box = h('figure', { class: 'series', 'data-series': d.id });
  box.append(h('figcaption', {}, d.topic));
  if (pts.length === 0) {
    box.append(h('p', { class: 'empty' }, 'No dated values.'));
    return box;
  }
  const pad = { l: 44, r: 12, t: 10, b: 22 };
  const t = (x: string) => Date.parse(x);
  const t0 = t(pts[0]!.date);
  const t1 = Math.max(t(pts[pts.length - 1]!.date), t0 + 86_400_000);
  const vmax = Math.max(...pts.map((p) => p.value)) * 1.1;
  const X = (x: string) => pad.l + ((t(x) - t0) / (t1 - t0)) * (width - pad.l - pad.r);
  const Y = (v: number) => pad.t + (1 - v / vmax) * (height - pad.t - pad.b);
  const svg = s('svg', {
    width,
    height,
    role: 'img',
    'aria-label': `${d.topic}: ${pts.map((p) => `${p.value} on ${p.date} (${p.speaker})`).join('; ')}`,
  });
  svg.append(s('line', { x1: pad.l, x2: pad.l, y1: pad.t, y2: height - pad.b, class: 'axis-line' }));
  svg.append(s('line', { x1: pad.l, x2: width - pad.r, y1: height - pad.b, y2: height - pad.b, class: 'axis-line' }));
  svg.append(s('text', { x: pad.l - 4, y: Y(vmax / 1.1) + 4, class: 'axis', 'text-anchor': 'end' }, fmt(vmax / 1.1)));
  svg.append(s('text', { x: pad.l - 4, y: height - pad.b, class: 'axis', 'text-anchor': 'end' }, '0'));
  svg.append(s('text', { x: pad.l, y: height - 6, class: 'axis' }, pts[0]!.date.slice(5)));
  svg.append(
    s(
      'text',
      { x: width - pad.r, y: height - 6, class: 'axis', 'text-anchor': 'end' },
      pts[pts.length - 1]!.date.slice(5),
    ),
  );
  svg.append(s('polyline', { points: pts.map((p) => `${X(p.date)},${Y(p.value)}`).join(' '), class: 'series-line' }));
  // a label per point unless it would overlap another; every point keeps its full tooltip
  const placed: [number, number, number][] = []; // x0, x1, baseline
  for (const p of pts) {
    const x = X(p.date);
    const y = Y(p.value);
    const c = s('circle', { cx: x, cy: y, r: 4, class: 'series-point' });
    c.append(s('title', {}, `${p.date}: ${p.value} — ${p.speaker}${p.outlet ? ` (${p.outlet})` : ''}`));
    svg.append(c);
    const text = `${fmt(p.value)} ${p.speaker}`;
    const w = text.length * 5.6;
    const right = x > width / 2;
    const x0 = right ? x - 6 - w : x + 6;
    const free = (ly: number) => !placed.some(([a, b, yy]) => Math.abs(yy - ly) < 11 && x0 < b && a < x0 + w);
    const ly = [y - 5, y + 14].find(free);
    if (ly === undefined) continue;
    placed.push([x0, x0 + w, ly]);
    svg.append(
      s(
        'text',
        { x: right ? x - 6 : x + 6, y: ly, class: 'series-label', 'text-anchor': right ? 'end' : 'start' },
        text,
      ),
    );
  }
  box.append(svg);
  return box;
}

const fmt = (v: number) => (v >= 10000 ? `${Math.round(v / 1000)}k` : String(Math.round(v)));
