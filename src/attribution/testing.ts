/** An Article built from a sentence written for a test, with sentences and tokens. */
import type { Article } from '../model.js';
import { analyseText } from '../text/analyse.js';

export function articleOf(text: string, extra: Partial<Article> = {}): Article {
  return analyseText({
    id: extra.id ?? 'test',
    path: extra.path ?? 'test.txt',
    format: 'text',
    text,
    title: null,
    url: null,
    outlet: null,
    published: '2022-09-09',
    published_on_or_after: null,
    wire: [],
    language: 'en',
    duplicate_of: null,
    messages: [],
    ...extra,
  });
}
