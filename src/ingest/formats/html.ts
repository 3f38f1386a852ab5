/**
 * HTML pages: the main text through @mozilla/readability over linkedom, plus the metadata a
 * news page carries (title, byline, canonical URL, article:published_time, <time datetime>,
 * og:site_name). A truncated page still yields what it holds, with a note; a page with no
 * readable text is refused with a reason.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readDateField } from '../dates.js';
import { elementDepth, htmlNodeToText } from './html-text.js';
import type { ReadResult } from './types.js';

// below this many characters of text there is no article to analyse
const MIN_TEXT = 40;
// readability's scoring slows down sharply with nesting (2,000 nested divs take minutes); real
// pages nest a few dozen levels, so a deeper page is read for its visible text instead
const MAX_READABILITY_DEPTH = 200;

type Doc = ReturnType<typeof parseHTML>['document'];

const meta = (doc: Doc, ...keys: string[]): string | null => {
  for (const k of keys) {
    const el =
      doc.querySelector(`meta[property="${k}"]`) ??
      doc.querySelector(`meta[name="${k}"]`) ??
      doc.querySelector(`meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
};

export function readHtml(path: string, source: string): ReadResult {
  try {
    return readPage(path, source);
  } catch {
    // the reader's own failure is no reason an analyst can act on: say what the file is
    return { error: true, file: path, reason: 'HTML could not be read: its markup could not be made into a document' };
  }
}

function readPage(path: string, source: string): ReadResult {
  const notes: string[] = [];
  const truncated = !/<\/html\s*>/i.test(source) && !/<\/body\s*>/i.test(source);
  if (truncated) notes.push('HTML looks truncated (no closing </body> or </html>); extracted what was there');
  let doc: Doc;
  let page = source;
  try {
    doc = parseHTML(source).document;
    // bare text, a doctype or a comment alone make no element: read it as a page's body
    if (!doc.documentElement) doc = parseHTML((page = `<html><body>${source}</body></html>`)).document;
  } catch {
    return { error: true, file: path, reason: 'HTML could not be parsed' };
  }
  const title =
    meta(doc, 'og:title', 'twitter:title') ??
    (doc.querySelector('title')?.textContent?.trim() || null) ??
    (doc.querySelector('h1')?.textContent?.trim() || null);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url') || null;
  const publishedRaw =
    meta(
      doc,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'DC.date.issued',
    ) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const author = meta(doc, 'author', 'article:author');

  let text = '';
  let byline: string | null = author;
  const deep = elementDepth(doc.documentElement, MAX_READABILITY_DEPTH) >= MAX_READABILITY_DEPTH;
  if (deep)
    notes.push(
      `HTML nested over ${MAX_READABILITY_DEPTH} elements deep: the page's visible text used, without readability`,
    );
  if (!deep)
    try {
      // readability mutates the document: give it its own copy
      const parsed = new Readability(parseHTML(page).document, { charThreshold: 200 }).parse();
      if (parsed?.content) {
        text = htmlNodeToText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body);
        byline = parsed.byline?.trim() || byline;
      }
    } catch {
      notes.push(`readability failed on the page; used the page's visible text`);
    }
  if (text.length < MIN_TEXT && doc.body) {
    // too short for readability's scoring (a brief or a truncated page): take the visible body
    for (const el of doc.body.querySelectorAll('nav, header, footer, aside, form')) el.remove();
    text = htmlNodeToText(doc.body);
  }
  if (text.trim().length < MIN_TEXT) {
    return {
      error: true,
      file: path,
      reason: truncated ? 'truncated HTML with no readable text' : 'HTML page has no readable text',
    };
  }
  // a page's date comes from any meta or <time> element: a refused one drops the date, not the page
  const published = readDateField(publishedRaw);
  if ('reason' in published) notes.push(`publication date refused: ${published.reason}`);
  return {
    path,
    format: 'html',
    text,
    title,
    url: canonical,
    published: 'date' in published ? published.date : null,
    outlet: siteName,
    byline,
    notes,
  };
}
