/**
 * From what a format reader found to an Article: id, outlet, wire credits, publication date,
 * language, near-duplicate signature. Every inference is stated in an info message.
 */
import { hashId } from '../hash-id.js';
import type { Article, Message } from '../model.js';
import { datelineDate, urlDate } from './dates.js';
import { minhashSignature } from './duplicates.js';
import type { RawItem } from './formats/types.js';
import { detectLanguage } from './language.js';
import { newsDomainOutlet, outletFromName, outletFromUrl } from './outlets.js';
import { outletFromText, sourceUrl } from './outlet-credit.js';
import { inferPublication } from './publication.js';
import { titleFromText } from './title.js';
import { wellFormed, wellFormedOrNull } from '../text/well-formed.js';
import { citedAgencies, wireAgencies, wireAgency } from './wire.js';

export const contentId = (text: string) => hashId([text]);

const info = (message: string): Message => ({ stage: 'ingest', severity: 'info', message });
const warning = (message: string): Message => ({ stage: 'ingest', severity: 'warning', message });

// dates, credits and bylines sit at the top and the foot of a story: in a huge text, only
// those parts are searched (the text itself is kept whole)
const HEAD = 200_000;
const FOOT = 20_000;

/** The parts of a text searched for metadata (all of it, unless it is huge). */
export const searchable = (whole: string) =>
  whole.length > HEAD + FOOT ? `${whole.slice(0, HEAD)}\n\n${whole.slice(-FOOT)}` : whole;

export function buildArticle(item: RawItem): Article {
  // lone surrogates replaced one unit for one, before any offset or id is computed
  const raw: RawItem = {
    ...item,
    text: wellFormed(item.text),
    title: wellFormedOrNull(item.title),
    url: wellFormedOrNull(item.url),
    outlet: wellFormedOrNull(item.outlet),
    siteName: wellFormedOrNull(item.siteName),
    byline: wellFormedOrNull(item.byline),
  };
  const messages: Message[] = (raw.notes ?? []).map((n) => (/truncated|failed|refused/.test(n) ? warning(n) : info(n)));
  const whole = raw.text;
  const text = searchable(whole);
  if (text !== whole)
    messages.push(
      info(
        `long text (${whole.length} characters): only its first ${HEAD} and last ${FOOT} were searched for dates, outlet and wire credits`,
      ),
    );

  const title =
    raw.title?.trim() ||
    (raw.format === 'text' || raw.format === 'markdown' ? titleFromText(text, raw.format === 'markdown') : null);

  let url = raw.url?.trim() || null;
  if (!url) {
    url = sourceUrl(text);
    if (url) messages.push(info(`url taken from a source line in the text: ${url}`));
  }

  // outlet: metadata, then a known news domain, then the text's own credit, then the bare domain
  let outlet: string | null = null;
  const metaOutlet = raw.outlet?.trim() || null;
  const urlOutlet = url ? outletFromUrl(url) : null;
  const urlKnown = url !== null && newsDomainOutlet(url) !== null;
  // a byline such as "By Jo Bloggs, Newsweek" names the outlet as the text's credits do
  const textCredit = outletFromText(text) ?? (raw.byline ? bylineOutlet(raw.byline) : null);
  if (metaOutlet) outlet = outletFromName(metaOutlet) ?? metaOutlet;
  else if (urlOutlet && urlKnown) outlet = urlOutlet;
  else if (textCredit) {
    outlet = textCredit.outlet;
    messages.push(info(`outlet ${outlet} from the text (${textCredit.how})`));
  } else if (raw.siteName?.trim()) {
    outlet = outletFromName(raw.siteName) ?? raw.siteName.trim();
    messages.push(info(`outlet ${outlet} from the feed's title`));
  } else if (urlOutlet) {
    outlet = urlOutlet;
    messages.push(info(`outlet ${outlet} from the URL's domain (not in the table of news domains)`));
  }

  // an outlet is not its own wire credit; a byline may credit a wire ("By Jo Bloggs, Reuters")
  const bylineWire = raw.byline ? bylineAgencies(raw.byline) : [];
  const wire = [...new Set([...wireAgencies(text), ...bylineWire])].filter(
    (w) => w !== outlet && w !== (outlet ? wireAgency(outlet) : null),
  );
  const cited = citedAgencies(text).filter((a) => !wire.includes(a) && a !== outlet);
  if (cited.length) messages.push(info(`agencies cited for statements, not credited as wire: ${cited.join(', ')}`));

  let published: string | null = raw.published ?? null;
  let published_on_or_after: string | null = null;
  if (!published) {
    const dl = datelineDate(text);
    if (dl) {
      published = dl.date;
      messages.push({
        stage: 'ingest',
        severity: 'info',
        message: `publication date ${dl.date} from the dateline`,
        span: { start: dl.start, end: dl.end },
      });
    }
  }
  if (!published) {
    const fromUrl = urlDate(url);
    if (fromUrl) {
      published = fromUrl;
      messages.push(info(`publication date ${fromUrl} from the date in the URL`));
    }
  }
  if (!published) {
    const inferred = inferPublication(text, { year: null });
    published = inferred.published;
    published_on_or_after = inferred.published_on_or_after;
    for (const m of inferred.messages) messages.push(info(m));
    if (!published && !published_on_or_after && !inferred.messages.length)
      messages.push(info('no publication date: no date field, dateline, URL date or absolute date in the text'));
  }

  return {
    id: contentId(whole),
    title: title && outlet ? stripSiteSuffix(title, [outlet, raw.outlet ?? '', raw.siteName ?? '']) : title,
    path: raw.path,
    format: raw.format,
    text: whole,
    url,
    outlet,
    published,
    published_on_or_after,
    wire,
    language: detectLanguage(whole),
    duplicate_of: null,
    signature: minhashSignature(whole),
    messages,
  };
}

const bylineParts = (byline: string) =>
  byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:[,|/•·–—-]|\band\b|\bfor\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);

function bylineOutlet(byline: string): { outlet: string; how: string } | null {
  for (const part of bylineParts(byline)) {
    if (wireAgency(part)) continue;
    const outlet = outletFromName(part);
    if (outlet) return { outlet, how: 'byline' };
  }
  return null;
}

function bylineAgencies(byline: string): string[] {
  return bylineParts(byline).flatMap((p) => (wireAgency(p) ? [wireAgency(p)!] : []));
}

/** "Flag raised over the town | The Kyiv Independent" → "Flag raised over the town". */
function stripSiteSuffix(title: string, names: string[]): string {
  for (const name of names.filter(Boolean)) {
    const esc = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const stripped = title.replace(new RegExp(`\\s+[|–—-]\\s+${esc}\\s*$`, 'i'), '');
    if (stripped !== title && stripped.trim()) return stripped.trim();
  }
  return title;
}
