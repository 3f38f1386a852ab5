/**
 * Territorial-control snapshots (#6) as the map layer wants them: a dated FeatureCollection per
 * snapshot, each polygon with a `status`. `Corpus.control` is typed `unknown` until the checks
 * land, so this reads the shapes a snapshot list is likely to take — an array or `{ snapshots }`,
 * each item with a time (`time`, `valid_from`, `timestamp`, `date`; ISO text or Unix seconds) and
 * its features (`features`, `geojson`, `collection`) — and ignores anything else.
 */

export interface ControlFeature {
  type: 'Feature';
  geometry: { type: string; coordinates?: unknown; geometries?: unknown };
  properties: { status: string; name?: string | null };
}

export interface ControlSnapshot {
  /** ISO date-time of the snapshot */
  time: string;
  features: ControlFeature[];
}

function toIso(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix seconds (DeepState file names) or milliseconds
    const ms = value > 1e11 ? value : value * 1000;
    return new Date(ms).toISOString();
  }
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return toIso(Number(value));
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  if (value instanceof Date) return value.toISOString();
  return null;
}

/** "Звільнено /// Taken back" → liberated: the words of src/checks/control-status.ts, which the page colours by. */
export function normaliseStatus(raw: unknown): string {
  const s = typeof raw === 'string' ? raw.toLowerCase() : '';
  if (/contest|contens|unknown|питанням/.test(s)) return 'contested';
  if (/taken back|recaptured|liberated|звільнен|regained/.test(s)) return 'liberated';
  if (/occupied|окупован/.test(s)) return 'occupied';
  return s.trim() || 'unknown';
}

/** the store's areas: `{ status, label, polygon: rings }` */
function areasOf(value: unknown): ControlFeature[] {
  if (!Array.isArray(value)) return [];
  const out: ControlFeature[] = [];
  for (const a of value) {
    if (!a || typeof a !== 'object' || !Array.isArray((a as { polygon?: unknown }).polygon)) continue;
    const { status, label, polygon } = a as { status?: unknown; label?: unknown; polygon: unknown[] };
    out.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: polygon },
      properties: { status: normaliseStatus(status ?? label), name: typeof label === 'string' ? label : null },
    });
  }
  return out;
}

function featuresOf(value: unknown): ControlFeature[] {
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { features?: unknown }).features)
      ? (value as { features: unknown[] }).features
      : [];
  const out: ControlFeature[] = [];
  for (const f of list) {
    if (!f || typeof f !== 'object') continue;
    const g = (f as { geometry?: { type?: string } }).geometry;
    if (!g || typeof g.type !== 'string' || !/Polygon|GeometryCollection/.test(g.type)) continue;
    const props = ((f as { properties?: Record<string, unknown> }).properties ?? {});
    const name = typeof props.name === 'string' ? props.name : null;
    out.push({
      type: 'Feature',
      geometry: g as ControlFeature['geometry'],
      properties: { status: normaliseStatus(props.status ?? name), name },
    });
  }
  return out;
}

export function controlSnapshots(control: unknown): ControlSnapshot[] {
  if (!control) return [];
  const items: unknown[] = Array.isArray(control)
    ? control
    : typeof control === 'object' && Array.isArray((control as { snapshots?: unknown }).snapshots)
      ? (control as { snapshots: unknown[] }).snapshots
      : [];
  const out: ControlSnapshot[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    const time = toIso(o.validFrom ?? o.valid_from ?? o.time ?? o.timestamp ?? o.date);
    const features = Array.isArray(o.areas)
      ? areasOf(o.areas)
      : featuresOf(o.features ? o : (o.geojson ?? o.collection ?? o.featureCollection));
    if (time && features.length > 0) out.push({ time, features });
  }
  return out.sort((a, b) => a.time.localeCompare(b.time));
}

/** The last snapshot taken on or before the end of `date` (YYYY-MM-DD), or null. */
export function snapshotFor(snapshots: ControlSnapshot[], date: string): ControlSnapshot | null {
  const end = `${date}T23:59:59.999Z`;
  let best: ControlSnapshot | null = null;
  for (const s of snapshots) if (s.time <= end) best = s;
  return best;
}
