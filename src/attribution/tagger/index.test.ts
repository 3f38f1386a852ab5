import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { articleOf } from '../../testing/article.js';
import { patternFindings } from '../attribute.js';
import {
  STAGES,
  cachedModel,
  decodeModel,
  encodeModel,
  joinContent,
  linkTagged,
  modelFromFile,
  shippedModel,
  tagRoles,
  type TaggerModel,
  type TaggerModelFile,
  type TokenSpans,
} from './index.js';
import { gzipSync } from 'node:zlib';

function contextOf(text: string) {
  const a = articleOf(text);
  return patternFindings(text, a.tokens!, a.sentences!);
}

/** Token spans of the given phrases (the first occurrence that starts and ends at token bounds). */
function spansFor(
  ctx: ReturnType<typeof contextOf>['ctx'],
  phrases: Partial<Record<keyof TokenSpans, string[]>>,
): TokenSpans {
  const out: TokenSpans = { source: [], cue: [], content: [] };
  for (const [role, list] of Object.entries(phrases) as [keyof TokenSpans, string[]][]) {
    for (const p of list) {
      const at = ctx.tokens.find(
        (t) => ctx.text.startsWith(p, t.start) && ctx.tokens.some((u) => u.end === t.start + p.length),
      )!.start;
      const a = ctx.tokens.findIndex((t) => t.start === at);
      const b = ctx.tokens.findIndex((t) => t.end === at + p.length);
      out[role].push([a, b + 1]);
    }
  }
  for (const r of Object.values(out)) r.sort((x, y) => x[0] - y[0]);
  return out;
}

const show = (text: string, r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);

describe('linking tagged spans into claims', () => {
  test('each cue takes the nearest content and source', () => {
    const text = 'The governor said the bridge was closed. Later, police reported two arrests.';
    const { ctx } = contextOf(text);
    const found = linkTagged(
      ctx,
      spansFor(ctx, {
        source: ['The governor', 'police'],
        cue: ['said', 'reported'],
        content: ['the bridge was closed', 'two arrests'],
      }),
    );
    expect(found.map((f) => [show(text, f.source), show(text, f.cue), show(text, f.content)])).toEqual([
      ['The governor', 'said', 'the bridge was closed'],
      ['police', 'reported', 'two arrests'],
    ]);
  });

  test("a content before a conjunction is not the later cue's", () => {
    const text =
      'The governor said on Telegram that "our defenders are moving forward" but asked residents not to share positions.';
    const { ctx } = contextOf(text);
    const found = linkTagged(
      ctx,
      spansFor(ctx, {
        source: ['The governor'],
        cue: ['said', 'asked'],
        content: ['that "our defenders are moving forward"', 'not to share positions'],
      }),
    );
    expect(found.map((f) => [show(text, f.cue), show(text, f.content)])).toEqual([
      ['said', 'that "our defenders are moving forward"'],
      ['asked', 'not to share positions'],
    ]);
  });

  test('a source beyond another cue belongs to that cue', () => {
    const text = '"The town is calm," the mayor said, according to the agency.';
    const { ctx } = contextOf(text);
    const found = linkTagged(
      ctx,
      spansFor(ctx, { source: ['the agency'], cue: ['said', 'according to'], content: ['"The town is calm,"'] }),
    );
    const said = found.find((f) => show(text, f.cue) === 'said')!;
    expect(show(text, said.source)).toBeNull();
  });

  test('a cue the content tagger left alone gets the rest of its sentence', () => {
    const text = 'The ministry said two villages had been retaken.';
    const { ctx } = contextOf(text);
    const [f] = linkTagged(ctx, spansFor(ctx, { source: ['The ministry'], cue: ['said'] }));
    expect(show(text, f.content)).toBe('two villages had been retaken');
  });

  test('content split by its own cue is one content; a quote running into the next sentence too', () => {
    const text =
      '"The shelling stopped," she said, "but nobody went out." "We waited. Then the trucks came," he added.';
    const { ctx } = contextOf(text);
    const spans = spansFor(ctx, {
      source: ['she', 'he'],
      cue: ['said', 'added'],
      content: ['"The shelling stopped,"', '"but nobody went out."', '"We waited.', 'Then the trucks came,"'],
    });
    const joined = joinContent(ctx, spans).map(([a, b]) => text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end));
    expect(joined).toEqual([
      '"The shelling stopped," she said, "but nobody went out."',
      '"We waited. Then the trucks came,"',
    ]);
  });

  test("a stray quote mark is not the content's bound", () => {
    const text = 'The soldier said "we will not leave and walked away.';
    const { ctx } = contextOf(text);
    const [f] = linkTagged(
      ctx,
      spansFor(ctx, { source: ['The soldier'], cue: ['said'], content: ['"we will not leave and walked away'] }),
    );
    expect(show(text, f.content)).toBe('we will not leave and walked away');
  });
});

describe('the shipped model', () => {
  const model = shippedModel();
  test.skipIf(!model)('tags a plain report: source, cue and content', () => {
    const text =
      'A spokesman for the regional administration said on Friday that the evacuation of Kupiansk had begun.';
    const { ctx, found } = contextOf(text);
    const spans = tagRoles(ctx, found, model!);
    const [f] = linkTagged(ctx, spans);
    expect(show(text, f.cue)).toMatch(/^said/);
    expect(show(text, f.source)).toMatch(/spokesman/);
    expect(show(text, f.content)).toMatch(/evacuation of Kupiansk had begun/);
  });
  test.skipIf(!model)('finds nothing in a sentence that reports no one', () => {
    const text = 'The river rose by two metres during the night.';
    const { ctx, found } = contextOf(text);
    expect(linkTagged(ctx, tagRoles(ctx, found, model!))).toEqual([]);
  });
});

describe('the model file', () => {
  test('weights and header survive a round trip', () => {
    const stages = Object.fromEntries(
      STAGES.map((s, k) => [
        s,
        { emission: Int16Array.from([k, -1, 300, -32767, 0, 7]), transition: [1, 2, 3], bias: k * 5 },
      ]),
    ) as TaggerModelFile['stages'];
    const file: TaggerModelFile = {
      version: 2,
      trainedOn: 'test',
      scale: 1,
      features: ['w=said', 'p=VERB'],
      stages,
      rescue: ['colon'],
    };
    const back = decodeModel(encodeModel(file));
    expect(back.features).toEqual(file.features);
    expect(back.rescue).toEqual(['colon']);
    for (const s of STAGES) {
      expect([...back.stages[s].emission]).toEqual([...file.stages[s].emission]);
      expect(back.stages[s].bias).toBe(file.stages[s].bias);
    }
  });
  test('a file that is not a model is refused with its reason', () => {
    expect(() => decodeModel(gzipSync(Buffer.from('{"version":1}')))).toThrow(/not a sitrep attribution model/);
  });
});

describe("the model's table, cached", () => {
  const fileOf = (weight: number): Buffer => {
    const features = Array.from({ length: 700 }, (_, i) => `w=word${i}`);
    const stages = Object.fromEntries(
      STAGES.map((s, k) => [
        s,
        {
          emission: Int16Array.from({ length: features.length * 3 }, (_, i) => ((i * 7 + k) % 200) - 100 + weight),
          transition: [0.5, -1.25, 3, 0, 1 / 3, 2, -7, 8, 9],
          bias: k * 5,
        },
      ]),
    ) as TaggerModelFile['stages'];
    return encodeModel({ version: 2, trainedOn: 'test', scale: 4, features, stages, rescue: ['colon'] });
  };
  const same = (a: TaggerModel, b: TaggerModel) => {
    expect(a.features.size).toBe(b.features.size);
    for (let i = 0; i < 700; i++) {
      const at = a.features.get(`w=word${i}`);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(b.features.get(`w=word${i}`)).toBe(at);
      expect([...a.features.weights.subarray(at, at + a.features.width)]).toEqual([
        ...b.features.weights.subarray(at, at + b.features.width),
      ]);
    }
    expect(b.features.get('w=unknown')).toBe(-1);
    expect(b.scale).toBe(a.scale);
    expect(b.rescue).toEqual(a.rescue);
    for (const s of STAGES) {
      expect([...b.stages[s].transition]).toEqual([...a.stages[s].transition]);
      expect(b.stages[s].bias).toBe(a.stages[s].bias);
    }
  };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-tagger-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('is built and written by the first thread, read by the next, and the same model', () => {
    const gz = fileOf(0);
    const built = cachedModel(gz, dir);
    const written = readdirSync(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^attribution-tagger-[0-9a-f]{16}\.bin$/);
    const read = cachedModel(gz, dir);
    same(built, read);
    same(modelFromFile(decodeModel(gz)), read);
  });

  test("a new model is built afresh, and the old model's table removed", () => {
    cachedModel(fileOf(0), dir);
    const [old] = readdirSync(dir);
    const other = cachedModel(fileOf(1), dir);
    expect(readdirSync(dir)).not.toContain(old);
    expect(readdirSync(dir)).toHaveLength(1);
    same(modelFromFile(decodeModel(fileOf(1))), other);
  });

  test('a torn or foreign cache file is built around and written over', () => {
    const gz = fileOf(0);
    cachedModel(gz, dir);
    const file = join(dir, readdirSync(dir)[0]);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 4096));
    same(modelFromFile(decodeModel(gz)), cachedModel(gz, dir));
    expect(readFileSync(file).length).toBe(whole.length);
    writeFileSync(file, 'not a table');
    same(modelFromFile(decodeModel(gz)), cachedModel(gz, dir));
  });

  test('a cache directory that cannot be written is no error', () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    same(modelFromFile(decodeModel(fileOf(0))), cachedModel(fileOf(0), join(blocked, 'cache')));
  });
});
