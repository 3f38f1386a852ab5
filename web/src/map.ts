/**
 * The map: Natural Earth country outlines (world-atlas, bundled — no tiles from the internet), the
 * control-map polygons of the timeline's date, and the events as circles coloured by event_type
 * and sized by corroboration, clustered (supercluster) so that 10,000 events stay responsive.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import Supercluster from 'supercluster';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { api, type ControlCollection, type EventSummary, type Settlement } from './api.js';
import { colourOf, controlColours, radiusOf } from './colors.js';
import { h } from './dom.js';

type Props = { id: string; i: number };

export class EventMap {
  readonly map: L.Map;
  private markers = L.layerGroup();
  private settlements = L.layerGroup();
  private settlementsFor = '';
  private settlementsFound: Settlement[] = [];
  /** the event place labels of the last draw, in container pixels: settlement names keep clear of them */
  private eventLabelBoxes: Box[] = [];
  /** the names those labels show: a settlement of the same name is already named */
  private eventLabelNames = new Set<string>();
  private control: L.GeoJSON | null = null;
  private index = new Supercluster<Props, Record<string, never>>({ radius: 48, maxZoom: 11, minPoints: 3 });
  private events: EventSummary[] = [];
  private selected = '';
  private fitted = false;

  constructor(
    private el: HTMLElement,
    private onSelect: (id: string) => void,
  ) {
    this.map = L.map(el, { zoomSnap: 0.5, preferCanvas: false, worldCopyJump: true, attributionControl: true }).setView(
      [48.8, 33],
      5,
    );
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Outlines: Natural Earth');
    // land below the control polygons, both below the event markers (overlay pane, 400)
    this.map.createPane('land').style.zIndex = '250';
    this.map.createPane('control').style.zIndex = '350';
    // the selected event above everything, clusters included
    this.map.createPane('selected').style.zIndex = '650';
    // settlement names of the gazetteer above the control polygons, below the events
    this.map.createPane('settlements').style.zIndex = '380';
    this.map.getPane('settlements')!.style.pointerEvents = 'none';
    this.settlements.addTo(this.map);
    new ResizeObserver(() => this.map.invalidateSize({ pan: false })).observe(el);
    this.markers.addTo(this.map);
    this.map.on('moveend', () => this.draw());
  }

  async loadOutlines(): Promise<void> {
    const topo = (await (await fetch(countriesUrl)).json()) as Topology<{ countries: GeometryCollection }>;
    const land = feature(topo, topo.objects.countries);
    L.geoJSON(land, {
      pane: 'land',
      interactive: false,
      style: { color: '#8a8f98', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
    }).addTo(this.map);
  }

  setEvents(events: EventSummary[]): void {
    this.events = events;
    const points = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.lat === null || e.lon === null) continue;
      points.push({
        type: 'Feature' as const,
        properties: { id: e.id, i },
        geometry: { type: 'Point' as const, coordinates: [e.lon, e.lat] },
      });
    }
    this.index.load(points);
    if (!this.fitted && points.length > 0) {
      this.fitted = true;
      this.map.invalidateSize({ pan: false });
      const bounds = L.latLngBounds(
        points.map((p) => [p.geometry.coordinates[1], p.geometry.coordinates[0]] as [number, number]),
      );
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });
    }
    this.draw();
  }

  select(id: string): void {
    this.selected = id;
    this.draw();
  }

  focus(lat: number, lon: number): void {
    if (!this.map.getBounds().contains([lat, lon])) this.map.panTo([lat, lon], { animate: false });
  }

  setControl(fc: ControlCollection | null): void {
    this.control?.remove();
    this.control = null;
    if (!fc) return;
    this.control = L.geoJSON(fc, {
      pane: 'control',
      interactive: false,
      style: (f) => {
        const c = controlColours[(f?.properties as { status: string }).status] ?? '#757575';
        return { color: c, weight: 1, fillColor: c, fillOpacity: 0.22 };
      },
    }).addTo(this.map);
  }

  /**
   * Events at one point (three reports placed at one town) would sit on top of each other, and
   * only the top one could be clicked: each marker of such a stack is moved onto a small circle
   * around the point, with a leg back to it. Returns the new [lon, lat] of the moved markers.
   */
  private spread(
    clusters: ReturnType<Supercluster<Props, Record<string, never>>['getClusters']>,
  ): Map<object, [number, number]> {
    const stacks = new Map<string, typeof clusters>();
    for (const c of clusters) {
      if ((c.properties as { cluster?: boolean }).cluster) continue;
      const p = this.map.latLngToLayerPoint([c.geometry.coordinates[1]!, c.geometry.coordinates[0]!]);
      // within a few pixels is one stack at this zoom
      const key = `${Math.round(p.x / 6)},${Math.round(p.y / 6)}`;
      stacks.set(key, [...(stacks.get(key) ?? []), c]);
    }
    const moved = new Map<object, [number, number]>();
    for (const stack of stacks.values()) {
      if (stack.length < 2) continue;
      const [lon, lat] = stack[0]!.geometry.coordinates as [number, number];
      const centre = this.map.latLngToLayerPoint([lat, lon]);
      const r = 12 + 3 * stack.length;
      stack.forEach((c, k) => {
        const angle = (2 * Math.PI * k) / stack.length - Math.PI / 2;
        const at = this.map.layerPointToLatLng(L.point(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)));
        moved.set(c, [at.lng, at.lat]);
        this.markers.addLayer(
          L.polyline([[lat, lon], at], {
            color: '#555',
            weight: 1,
            opacity: 0.7,
            interactive: false,
            className: 'spread-leg',
          }),
        );
      });
    }
    return moved;
  }

  private draw(): void {
    this.markers.clearLayers();
    const b = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const clusters = this.events.length ? this.index.getClusters(bbox, zoom) : [];
    let points = 0;
    let groups = 0;
    let represented = 0;
    let last: L.CircleMarker | null = null;
    const labels = new Map<string, [number, number]>();
    const labelWeight = new Map<string, number>();
    const spread = this.spread(clusters);
    for (const c of clusters) {
      const [lon, lat] = spread.get(c) ?? (c.geometry.coordinates as [number, number]);
      const props = c.properties as Props & { cluster?: boolean; point_count?: number; cluster_id?: number };
      if (props.cluster) {
        groups++;
        represented += props.point_count!;
        const n = props.point_count!;
        const size = Math.round(26 + 8 * Math.log10(n));
        const label = h('span', {}, n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n));
        const icon = L.divIcon({ className: 'cluster', html: label, iconSize: [size, size] });
        const m = L.marker([lat, lon], { icon, keyboard: false, title: `${n} events` });
        m.on('click', () =>
          this.map.setView([lat, lon], Math.min(this.index.getClusterExpansionZoom(props.cluster_id!), 14)),
        );
        this.markers.addLayer(m);
      } else {
        points++;
        represented++;
        const e = this.events[props.i]!;
        const selected = e.id === this.selected;
        const m = L.circleMarker([lat, lon], {
          radius: radiusOf(e.corroboration),
          color: selected ? '#111' : '#fff',
          weight: selected ? 3 : 1.5,
          fillColor: colourOf(e.event_type),
          fillOpacity: 0.9,
          className: 'event-marker',
          ...(selected ? { pane: 'selected' } : {}),
        });
        m.bindTooltip(
          h(
            'span',
            {},
            `${e.date ?? 'undated'} · ${e.sub_event_type} · ${e.location ?? ''} · ${e.corroboration} outlet(s)`,
          ),
        );
        m.on('click', () => this.onSelect(e.id));
        m.on('add', () => m.getElement()?.setAttribute('data-event', e.id));
        // the name at the place itself, not at a marker moved off a stack
        const [placeLon, placeLat] = c.geometry.coordinates as [number, number];
        if (e.location) {
          if (!labels.has(e.location)) labels.set(e.location, [placeLat, placeLon]);
          // a place with more events (or the selected one) keeps its name when two would collide
          labelWeight.set(e.location, (labelWeight.get(e.location) ?? 0) + (selected ? 1000 : 1));
        }
        if (selected) last = m;
        else this.markers.addLayer(m);
      }
    }
    // the selected event is drawn last, on top of its neighbours, even when it sits in a cluster
    if (!last && this.selected) {
      const e = this.events.find((x) => x.id === this.selected);
      if (e && e.lat !== null && e.lon !== null && b.contains([e.lat, e.lon])) {
        last = L.circleMarker([e.lat, e.lon], {
          radius: radiusOf(e.corroboration),
          color: '#111',
          weight: 3,
          fillColor: colourOf(e.event_type),
          fillOpacity: 1,
          className: 'event-marker selected-marker',
          pane: 'selected',
          interactive: false,
        });
      }
    }
    if (last) this.markers.addLayer(last);
    // place names, while few enough to read, and never one over another
    const placed: Box[] = [];
    const names = new Set<string>();
    if (labels.size <= 40) {
      const byWeight = [...labels].sort(
        ([a], [b]) => (labelWeight.get(b) ?? 0) - (labelWeight.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
      );
      for (const [name, at] of byWeight) {
        const box = labelBox(this.map.latLngToContainerPoint(at), name, 10);
        if (placed.some((p) => overlap(p, box))) continue;
        placed.push(box);
        names.add(name.toLowerCase());
        // a marker with a text icon, not a permanent tooltip: Leaflet can leave a tooltip removed
        // during a zoom animation on the map, which then doubled the name
        const icon = L.divIcon({ className: 'place-label', html: h('span', {}, name), iconSize: [0, 0] });
        this.markers.addLayer(L.marker(at, { icon, interactive: false, keyboard: false, pane: 'settlements' }));
      }
    }
    this.eventLabelBoxes = placed;
    this.eventLabelNames = names;
    void this.labelSettlements();
    this.el.dataset.points = String(points);
    this.el.dataset.clusters = String(groups);
    this.el.dataset.represented = String(represented);
  }

  /**
   * Names of the gazetteer's settlements, so that a front-line village is not a dot in an empty
   * field: the most populous in view first, more of them as one zooms in, and none that would
   * overlap a name already placed (or an event's place label).
   */
  private async labelSettlements(): Promise<void> {
    const b = this.map.getBounds();
    const zoom = this.map.getZoom();
    const bbox = [
      Math.max(-180, b.getWest()),
      Math.max(-90, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(90, b.getNorth()),
    ]
      .map((x) => x.toFixed(3))
      .join(',');
    const limit = Math.min(300, Math.round(15 + 12 * Math.max(0, zoom - 4)));
    const key = `${bbox}|${limit}`;
    // the same view asks the server once; the names are placed again on every draw, since the
    // events' own labels they must keep clear of may have changed
    if (key !== this.settlementsFor) {
      this.settlementsFor = key;
      let found: Settlement[];
      try {
        found = await api.settlements(bbox, limit);
      } catch {
        return; // no names is no harm: the events are drawn
      }
      if (key !== this.settlementsFor) return; // the view moved on meanwhile
      this.settlementsFound = found;
    }
    const found = this.settlementsFound;
    this.settlements.clearLayers();
    const size = this.map.getSize();
    const taken: Box[] = [...this.eventLabelBoxes];
    let placed = 0;
    for (const s of found) {
      if (this.eventLabelNames.has(s.name.toLowerCase())) continue;
      const at = this.map.latLngToContainerPoint([s.lat, s.lon]);
      const box = labelBox(at, s.name, 5);
      if (box.x < 0 || box.y < 0 || box.x + box.w > size.x || box.y + box.h > size.y) continue;
      if (taken.some((t) => overlap(t, box))) continue;
      taken.push(box);
      placed++;
      const icon = L.divIcon({ className: 'settlement-label', html: h('span', {}, s.name), iconSize: [0, 0] });
      this.settlements.addLayer(
        L.marker([s.lat, s.lon], { icon, interactive: false, keyboard: false, pane: 'settlements' }),
      );
    }
    this.el.dataset.settlements = String(placed);
  }
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

// the labels' font (style.css: 11px in the page's family), measured rather than guessed
let measure: CanvasRenderingContext2D | null = null;
function textWidth(text: string): number {
  if (!measure) {
    measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `11px ${getComputedStyle(document.body).fontFamily}`;
  }
  return measure ? measure.measureText(text).width : text.length * 6.5;
}

/** The box a label takes beside its point, with a little room around it. */
function labelBox(at: L.Point, name: string, gap: number): Box {
  return { x: at.x - 6, y: at.y - 11, w: gap + 12 + textWidth(name), h: 22 };
}

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
