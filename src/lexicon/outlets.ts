/**
 * News organisations, as data (outlets.json): each with its canonical name, the spellings met in
 * bylines, datelines, footers and citations, and its web domains. Two kinds:
 *
 * - `outlets` publish under their own name: the outlet of an article ("… is a Newsweek reporter",
 *   a URL on kyivindependent.com), or a medium an article cites ("The Moscow Times reported").
 * - `agencies` are wire agencies, whose copy other outlets carry: a credit "(AP) —" makes an
 *   article partly the agency's, and never names the article's own outlet.
 *
 * An agency that also publishes under its own name (Anadolu Agency) is in both. Ingest reads the
 * outlet and the wire credits of an article from them, the entities stage its media mentions,
 * geoparsing the one-word names that are never a place ("Reuters said", "Interfax reported").
 *
 *   spellings:     "Radio Free Europe/Radio Liberty" → RFE/RL, "the Daily Mail" → MailOnline
 *   not an outlet: "Canadian", "the ministry"
 *
 * The table is a JSON file, not code: it names outlets of many countries, and no source file names
 * a particular war's parties. It is read with require: every Node 20 reads JSON so without a warning.
 */
import { createRequire } from 'node:module';

export interface Outlet {
  /** the canonical name, as articles and events show it */
  name: string;
  /** the spellings met in text, the canonical name among them or not */
  spellings: string[];
  /** registrable domains (bbc.co.uk, news.sky.com) */
  domains: string[];
}

// The file's own type, so the compiler checks every entry against `Outlet` (a missing list of
// domains fails the typecheck) and copies the file into dist/ beside this module.
type OutletsJson = typeof import('./outlets.json');
const file = createRequire(import.meta.url)('./outlets.json') as OutletsJson;

/** News organisations that publish under their own name. */
export const OUTLETS: readonly Outlet[] = file.outlets;

/** Wire agencies, whose copy other outlets carry. */
export const AGENCIES: readonly Outlet[] = file.agencies;
