/**
 * Territorial-control snapshots (#6) as the map layer wants them: a dated FeatureCollection per
 * snapshot of `Corpus.control`, each polygon with the `status` the checks read it as
 * (src/checks/control-status.ts), which the page colours by.
 */
import type { ControlSnapshot as MapSnapshot } from '../checks/control.js';

interface ControlFeature {
  type: 'Feature';
  geometry: { type: string; coordinates?: unknown; geometries?: unknown };
  properties: { status: string; name?: string | null };
}

export interface ControlSnapshot {
  /** ISO date-time of the snapshot */
  time: string;
  features: ControlFeature[];
}

/** The corpus's snapshots as dated collections, oldest first; a snapshot without areas is left out. */
export function controlSnapshots(control: readonly MapSnapshot[] = []): ControlSnapshot[] {
  return control
    .filter((s) => s.areas.length > 0)
    .map((s) => ({
      time: new Date(s.time * 1000).toISOString(),
      features: s.areas.map((a) => ({
        type: 'Feature' as const,
        geometry: { type: 'Polygon', coordinates: a.polygon },
        properties: { status: a.status, name: a.label },
      })),
    }))
    .sort((a, b) => a.time.localeCompare(b.time));
}

/** The last snapshot taken on or before the end of `date` (YYYY-MM-DD), or null. */
export function snapshotFor(snapshots: ControlSnapshot[], date: string): ControlSnapshot | null {
  const end = `${date}T23:59:59.999Z`;
  let best: ControlSnapshot | null = null;
  for (const s of snapshots) if (s.time <= end) best = s;
  return best;
}
