/**
 * The options every command that runs the article stages takes (`analyze`, `watch`, `reanalyze`):
 * their parseArgs declarations and their checks, in one place.
 */
import { DEFAULT_ARTICLE_SECONDS } from '../pipeline.js';
import { defaultJobs } from '../pool/article-pool.js';
import { UsageError } from './command.js';

export const runOptionSpecs = { jobs: { type: 'string' }, 'article-timeout': { type: 'string' } } as const;

/** `--jobs` and `--article-timeout` as numbers, defaults filled in; a bad value is a usage error naming it. */
export function runOptions(values: { jobs?: string; 'article-timeout'?: string }): { jobs: number; articleSeconds: number } {
  const articleSeconds = values['article-timeout'] === undefined ? DEFAULT_ARTICLE_SECONDS : Number(values['article-timeout']);
  if (!Number.isFinite(articleSeconds) || articleSeconds <= 0) throw new UsageError(`--article-timeout must be a number of seconds above 0, not '${values['article-timeout']}'`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of threads, 1 or more, not '${values.jobs}'`);
  return { jobs, articleSeconds };
}
