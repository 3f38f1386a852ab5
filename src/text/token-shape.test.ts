/**
 * Every token has one hidden class, whichever path made it (the tokenizer, a joined title, a
 * hashtag read as its word, a word split at a rare letter): code that reads tokens is compiled for
 * that class once (see tokenWith in ../model.ts). Hidden classes are seen only through V8's
 * natives syntax, so a child process runs the built modules (dist/, which vitest's global setup
 * compiles) with it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = (p: string) => JSON.stringify(pathToFileURL(join(root, 'dist', p)).href);

describe.skipIf(!existsSync(join(root, 'dist/text/analyse.js')))('tokens: one hidden class', () => {
  it('gives tokens of titles, hashtags and split words the class of every other token', () => {
    // more than a dozen of each: a spread's inline cache warms after a few calls, and only then
    // did the tokens it made get classes of their own
    const script = `
      const { tokenize } = await import(${dist('text/analyse.js')});
      const { hashtag } = await import(${dist('geo/hashtag.js')});
      const { splitWord } = await import(${dist('geo/split-word.js')});
      const same = new Function('a', 'b', 'return %HaveSameMap(a, b)');
      const tokens = [];
      for (let i = 0; i < 15; i++) {
        const { tokens: ts } = tokenize('Maj. Gen. Oleh Brenko visited the depot on day ' + i + '. Dr. Lee stayed behind.');
        tokens.push(...ts);
        const tag = { start: 0, end: 8, text: '#Kherson', pos: 'X', type: 'hashtag', lemma: '#kherson', sentence: 0 };
        tokens.push(hashtag.word(tag));
        const pieces = [
          { start: 0, end: 3, text: 'Pre', pos: 'PROPN', type: 'word', lemma: 'pre', sentence: 0 },
          { start: 3, end: 4, text: '\u0161', pos: 'X', type: 'unk', lemma: '\u0161', sentence: 0 },
          { start: 4, end: 6, text: 'ov', pos: 'X', type: 'word', lemma: 'ov', sentence: 0 },
        ];
        tokens.push(...splitWord.join(pieces));
      }
      const titled = tokens.filter((t) => t.text === 'Maj.' || t.text === 'Dr.').length;
      const apart = tokens.filter((t) => !same(t, tokens[0])).map((t) => t.text);
      console.log(JSON.stringify({ count: tokens.length, titled, apart }));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { count: number; titled: number; apart: string[] };
    expect(out.titled).toBe(30);
    expect(out.count).toBeGreaterThan(200);
    expect(out.apart).toEqual([]);
  });
});
