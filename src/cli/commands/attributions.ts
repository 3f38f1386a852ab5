/**
 * `sitrep attributions [--format jsonl] FILES|DIRS...`: who said what. One JSON line per
 * attribution (offsets are UTF-16 code units into the article text as read), with the speaker
 * resolved across all the inputs.
 */
import { resolveEntities } from '../../entities/index.js';
import { ingest } from '../../ingest/index.js';
import type { Article, Claim } from '../../model.js';
import { analyseArticle } from '../../pipeline.js';
import { command, UsageError } from '../command.js';

const usage = `Usage: sitrep attributions [--format jsonl] FILES|DIRS...

Finds attributed statements (direct quotes, indirect speech, "according to X", "X reported") and
prints one JSON line per attribution:
  {"file","source":{"start","end","text"}|null,"cue":{…}|null,"content":{…},
   "speaker":{"entity","canonical","side"}|null,"hedge",
   "quantities":[{"text","value","unit","si_value","si_unit","qualifier"}],
   "dates":[{"text","date","precision"}]}
start/end are UTF-16 offsets into the article text (UTF-8, BOM removed). Speakers are resolved
across all inputs (Kovalenko / Kowalenko are one entity). hedge is null, "unconfirmed", "denied",
"hedged" or "predicted". Use "-" to read standard input.

Options:
  --format jsonl   output format (default and only: jsonl)`;

interface AttributionRow {
  file: string;
  source: { start: number; end: number; text: string } | null;
  cue: { start: number; end: number; text: string } | null;
  content: { start: number; end: number; text: string };
  speaker: { entity: string | null; canonical: string; side: string | null } | null;
  hedge: string | null;
  quantities: {
    text: string;
    value: number;
    unit: string;
    si_value: number;
    si_unit: string;
    qualifier: string | null;
  }[];
  dates: { text: string; date: string; precision: string }[];
}

const spanOf = (s: { start: number; end: number; text: string } | null) =>
  s ? { start: s.start, end: s.end, text: s.text } : null;

function attributionRow(file: string, c: Claim): AttributionRow {
  return {
    file,
    source: spanOf(c.source),
    cue: spanOf(c.cue),
    content: spanOf(c.content)!,
    speaker: c.speaker ? { entity: c.speaker.entity, canonical: c.speaker.canonical, side: c.speaker.side } : null,
    hedge: c.hedge,
    quantities: c.quantities.map((q) => ({
      text: q.text,
      value: q.value,
      unit: q.unit,
      si_value: q.si_value,
      si_unit: q.si_unit,
      qualifier: q.qualifier,
    })),
    dates: c.dates.map((d) => ({ text: d.text, date: d.date, precision: d.precision })),
  };
}

export const attributions = command({
  name: 'attributions',
  usage,
  options: { format: { type: 'string', default: 'jsonl' } },
  async run(values, positionals) {
    if (values.format !== 'jsonl') throw new UsageError(`unknown format '${values.format}' (jsonl)`);
    if (!positionals.length) throw new UsageError('no input files');
    let failed = 0;
    const articles: Article[] = [];
    for await (const result of ingest(positionals)) {
      if (result.kind === 'error') {
        process.stderr.write(`sitrep attributions: ${result.file}: ${result.reason}\n`);
        failed++;
        continue;
      }
      const article = analyseArticle(result.article);
      for (const m of article.messages) {
        if (m.stage === 'attribution' && m.severity !== 'info')
          process.stderr.write(`sitrep attributions: ${article.path}: ${m.message}\n`);
        if (m.severity === 'error')
          process.stderr.write(`sitrep attributions: ${article.path}: ${m.stage}: ${m.message}\n`);
      }
      articles.push(article);
    }
    // speakers across all inputs, with stable corpus entity ids
    const corpus = resolveEntities({ articles, entities: [], events: [], disputes: [], checks: [] });
    for (const a of corpus.articles) {
      for (const c of a.claims ?? []) process.stdout.write(JSON.stringify(attributionRow(a.path, c)) + '\n');
    }
    return failed ? 2 : 0;
  },
});
