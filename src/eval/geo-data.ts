/**
 * Readers for the geoparsing evaluation sets (Gritta et al.'s XML): TR-News and GeoWebNews.
 * Gold toponyms are spans with coordinates (GeoWebNews annotates non-toponym expressions too:
 * only the spans that carry coordinates count).
 */
interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}

interface GoldDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

function body(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) return null;
  const v = m[1];
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(v);
  return cdata ? cdata[1] : unescape(v);
}

/** Moves a gold span onto its phrase when the offsets are off by a few characters. */
function align(text: string, t: GoldToponym): GoldToponym | null {
  if (text.slice(t.start, t.end) === t.text) return t;
  for (let d = 1; d <= 8; d++) {
    for (const s of [t.start - d, t.start + d]) {
      if (s >= 0 && text.slice(s, s + t.text.length) === t.text) return { ...t, start: s, end: s + t.text.length };
    }
  }
  return null;
}

export function parseGritta(xml: string, kind: 'tr-news' | 'geowebnews'): { docs: GoldDoc[]; misaligned: number } {
  const docs: GoldDoc[] = [];
  let misaligned = 0;
  const articles = xml.match(/<article\b[\s\S]*?<\/article>/g) ?? [];
  articles.forEach((a, i) => {
    const text = body(a, 'text');
    if (text === null) return;
    const id = /(?:docid|file)="([^"]*)"/.exec(a)?.[1] ?? String(i);
    const toponyms: GoldToponym[] = [];
    for (const t of a.match(/<toponym>[\s\S]*?<\/toponym>/g) ?? []) {
      const start = Number(body(t, 'start'));
      const end = Number(body(t, 'end'));
      const phrase = body(t, kind === 'tr-news' ? 'phrase' : 'extractedName');
      const lat = Number(body(t, kind === 'tr-news' ? 'lat' : 'latitude') ?? NaN);
      const lon = Number(body(t, kind === 'tr-news' ? 'lon' : 'longitude') ?? NaN);
      const hasCoords =
        Number.isFinite(lat) && Number.isFinite(lon) && body(t, kind === 'tr-news' ? 'lat' : 'latitude') !== null;
      if (kind === 'geowebnews' && !hasCoords) continue;
      if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
      const aligned = align(text, {
        start,
        end,
        text: phrase ?? text.slice(start, end),
        lat: hasCoords ? lat : null,
        lon: hasCoords ? lon : null,
      });
      if (!aligned) {
        misaligned++;
        continue;
      }
      toponyms.push(aligned);
    }
    docs.push({ id, text, toponyms });
  });
  return { docs, misaligned };
}
