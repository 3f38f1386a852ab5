/**
 * The options every command that runs the article stages takes (`analyze`, `watch`, `reanalyze`):
 * their parseArgs declarations and their checks, in one place.
 */
import { DEFAULT_ARTICLE_SECONDS } from '../pipeline.js';
import { defaultJobs } from '../pool/article-pool.js';
import { useProfile } from '../profiles/index.js';
import { UsageError } from './command.js';

export const runOptionSpecs = {
  jobs: { type: 'string' },
  'article-timeout': { type: 'string' },
  profile: { type: 'string' },
} as const;

/**
 * `--jobs` and `--article-timeout` as numbers, defaults filled in, and `--profile` (an id or a
 * profile file, read and checked now); a bad value is a usage error naming it.
 */
export function runOptions(values: { jobs?: string; 'article-timeout'?: string; profile?: string }): {
  jobs: number;
  articleSeconds: number;
  profile?: string;
} {
  const articleSeconds =
    values['article-timeout'] === undefined ? DEFAULT_ARTICLE_SECONDS : Number(values['article-timeout']);
  if (!Number.isFinite(articleSeconds) || articleSeconds <= 0)
    throw new UsageError(`--article-timeout must be a number of seconds above 0, not '${values['article-timeout']}'`);
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number of threads, 1 or more, not '${values.jobs}'`);
  let profile: string | undefined;
  if (values.profile !== undefined) {
    try {
      profile = useProfile(values.profile);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  return { jobs, articleSeconds, ...(profile ? { profile } : {}) };
}
