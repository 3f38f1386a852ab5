/**
 * Articles built by hand for the tests, from sentences written for them: the fields every Article
 * needs, with the defaults the tests share. Only tests (and the checks' bench, through its
 * fixtures) import this file.
 */
import { textArticle, type Article } from '../model.js';
import { analyseText } from '../text/analyse.js';

/** An Article of `text` with no sentences or tokens yet; `extra` overrides any field. */
export function plainArticle(text: string, extra: Partial<Article> = {}): Article {
  return textArticle(text, 'test', { path: 'test.txt', published: '2022-09-09', ...extra });
}

/** An Article of `text` with its sentences and tokens, as the stages after `text` expect it. */
export function articleOf(text: string, extra: Partial<Article> = {}): Article {
  return analyseText(plainArticle(text, extra));
}
