/**
 * `sitrep geoparse [--format jsonl|table] FILES|DIRS...`: the toponyms of each article, one
 * JSON line per mention (offsets are UTF-16 code units into the article text as read).
 */
import { geoparse as geoparseArticle } from '../../geo/index.js';
import { ingest } from '../../ingest/index.js';
import type { Article, ToponymMention } from '../../model.js';
import { analyseText } from '../../text/analyse.js';
import { command, UsageError } from '../command.js';

const usage = `Usage: sitrep geoparse [--format jsonl|table] FILES|DIRS...

Finds the place names (toponyms) in each article and resolves them against the gazetteer
(GeoNames cities500, countries, first-level regions, and what \`sitrep gazetteer import\` added).
Prints one JSON line per mention:
  {"file","start","end","text","geonameid","name","feature","country","admin1","lat","lon","confidence"}
start/end are UTF-16 offsets into the article text (UTF-8, BOM removed); a recognised name that
could not be resolved has null place fields. Use "-" to read standard input.

Options:
  --format jsonl|table   output format (default jsonl)`;

interface ToponymRow {
  file: string;
  start: number;
  end: number;
  text: string;
  geonameid: number | null;
  name: string | null;
  feature: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  confidence: number;
}

function toponymRow(file: string, t: ToponymMention): ToponymRow {
  const p = t.place;
  return {
    file,
    start: t.start,
    end: t.end,
    text: t.text,
    geonameid: p?.geonameid ?? null,
    name: p?.name ?? null,
    feature: p?.feature ?? null,
    country: p ? p.country || null : null,
    admin1: p?.admin1 ?? null,
    lat: p?.lat ?? null,
    lon: p?.lon ?? null,
    confidence: t.confidence,
  };
}

function tableLine(r: ToponymRow): string {
  const where =
    r.geonameid === null
      ? '(unresolved)'
      : `${r.name} [${r.feature} ${r.country ?? ''}${r.admin1 ? '.' + r.admin1 : ''}] ${r.lat},${r.lon}`;
  return `${r.file}\t${r.start}-${r.end}\t${r.text}\t${where}\t${r.confidence.toFixed(2)}`;
}

export const geoparseCommand = command({
  name: 'geoparse',
  usage,
  options: { format: { type: 'string', default: 'jsonl' } },
  async run(values, positionals) {
    if (values.format !== 'jsonl' && values.format !== 'table')
      throw new UsageError(`unknown format '${values.format}' (jsonl or table)`);
    if (!positionals.length) throw new UsageError('no input files');
    let failed = 0;
    for await (const result of ingest(positionals)) {
      if (result.kind === 'error') {
        process.stderr.write(`sitrep geoparse: ${result.file}: ${result.reason}\n`);
        failed++;
        continue;
      }
      let article: Article = result.article;
      try {
        article = geoparseArticle(analyseText(article));
      } catch (err) {
        process.stderr.write(`sitrep geoparse: ${article.path}: ${(err as Error).message}\n`);
        failed++;
        continue;
      }
      const rows = (article.toponyms ?? []).map((t) => toponymRow(article.path, t));
      const out = rows.map((r) => (values.format === 'table' ? tableLine(r) : JSON.stringify(r))).join('\n');
      if (out) process.stdout.write(out + '\n');
    }
    return failed ? 2 : 0;
  },
});
