import type { Entity, Token } from '../model.js';
import { recogniseMentions } from './recognise.js';
import { resolveArticleEntities } from './resolve-article.js';

export { resolveEntities } from './resolve-corpus.js';
export { recogniseMentions } from './recognise.js';
export { resolveArticleEntities } from './resolve-article.js';

/** The entities of one article: recognised mentions resolved within the article. */
export function articleEntities(articleId: string, text: string, tokens: Token[], placeSpans: { start: number; end: number }[] = []): Entity[] {
  return resolveArticleEntities(articleId, recogniseMentions(text, tokens, placeSpans));
}
