/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds, parsed with linkedom's XML parser: each item or
 * entry is an article at `<file>#<n>` (n from 1). Item bodies in HTML become paragraph text.
 */
import { DOMParser, parseHTML } from 'linkedom';
import { readDateField } from '../dates.js';
import { htmlNodeToText, looksLikeHtml } from './html-text.js';
import { readItem, type ReadResult } from './types.js';

interface El {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  getAttribute(name: string): string | null;
}

const children = (el: El): El[] => Array.from(el.children);
const local = (el: El) => el.tagName.toLowerCase();
const child = (el: El, ...names: string[]): El | null => {
  for (const n of names) {
    const hit = children(el).find((c) => local(c) === n);
    if (hit) return hit;
  }
  return null;
};
const textOf = (el: El | null) => (el?.textContent ?? '').trim() || null;

export function feedKind(source: string): 'rss' | 'atom' | null {
  const head = source.slice(0, 2000);
  if (/<rss[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head)) return 'rss';
  if (/<feed[\s>]/i.test(head)) return 'atom';
  return null;
}

function bodyText(raw: string): string {
  if (!looksLikeHtml(raw)) return raw.trim();
  return htmlNodeToText(parseHTML(`<html><body>${raw}</body></html>`).document.body);
}

export function readFeed(path: string, source: string, kind: 'rss' | 'atom'): ReadResult[] {
  let doc: { querySelectorAll(sel: string): ArrayLike<El>; documentElement: El | null };
  try {
    doc = new DOMParser().parseFromString(source, 'text/xml');
  } catch {
    return [{ error: true, file: path, reason: 'feed could not be parsed as XML' }];
  }
  const items = Array.from(doc.querySelectorAll(kind === 'rss' ? 'item' : 'entry'));
  if (!items.length) return [{ error: true, file: path, reason: 'feed has no items' }];
  const channel = doc.querySelectorAll(kind === 'rss' ? 'channel' : 'feed')[0] ?? null;
  const channelTitle = channel ? textOf(child(channel, 'title')) : null;
  return items.map((item, i): ReadResult =>
    readItem(`${path}#${i + 1}`, () => {
      const itemPath = `${path}#${i + 1}`;
      const title = textOf(child(item, 'title'));
      let url: string | null = null;
      if (kind === 'rss') url = textOf(child(item, 'link')) ?? textOf(child(item, 'guid'));
      else {
        const links = children(item).filter((c) => local(c) === 'link');
        const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
        url = alt?.getAttribute('href')?.trim() || null;
      }
      if (url && !/^https?:\/\//i.test(url)) url = null;
      const dateEl = child(item, 'pubdate', 'dc:date', 'published', 'updated', 'date');
      const bodyEl = child(item, 'content:encoded', 'content', 'description', 'summary');
      const text = bodyEl ? bodyText(bodyEl.textContent ?? '') : '';
      if (!text.trim())
        return { error: true, file: itemPath, reason: 'feed item has no text (no description or content)' };
      // an item's own date field is its date: a refused date refuses the item, with the reason
      const published = readDateField(textOf(dateEl));
      if ('reason' in published) return { error: true, file: itemPath, reason: published.reason };
      const author = textOf(child(item, 'dc:creator', 'author'));
      return {
        path: itemPath,
        format: kind,
        text,
        title,
        url,
        published: published.date,
        outlet: null,
        siteName: channelTitle,
        byline: author,
      };
    }),
  );
}
