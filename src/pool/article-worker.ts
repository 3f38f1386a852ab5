/**
 * One thread of the article pool: runs the article stages on one article at a time. The models,
 * the tagger and the gazetteer load once per thread, here at start (Piscina hands a thread no
 * article until this module has loaded), so that no article's time budget pays for them.
 */
import { textArticle } from '../model.js';
import { analyseArticle } from '../pipeline.js';
import { analysedRow, type AnalysedRow } from '../store/rows.js';
import { workerData } from 'node:worker_threads';
import type { ArticleTask, ArticleWorkerData } from './article-pool.js';
import { useSharedFiles } from '../shared-files.js';

useSharedFiles((workerData as ArticleWorkerData | undefined)?.shared);
analyseArticle(textArticle('Troops shelled Kharkiv on Monday, the governor said.'));

export default function analyse(task: ArticleTask): AnalysedRow {
  // tells the pool the article's clock runs from now, not from when it was queued
  Atomics.store(new Int32Array(task.started), 0, 1);
  // handed back as the store's row (without the tokens, which are not stored): strings to copy,
  // not an object graph to clone here and stringify on the main thread
  return analysedRow(analyseArticle(task.article, { seconds: task.seconds }));
}
