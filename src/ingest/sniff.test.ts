import { describe, expect, it } from 'vitest';
import { sniff } from './sniff.js';

describe('sniff', () => {
  it('trusts known extensions', () => {
    expect(sniff('a.md', '# Title')).toBe('markdown');
    expect(sniff('a.htm', 'plain')).toBe('html');
    expect(sniff('a.jsonl', '{"text":"x"}')).toBe('jsonl');
  });
  it('looks at the content when the extension says little', () => {
    expect(sniff('-', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).toBe('rss');
    expect(sniff('feed.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('atom');
    expect(sniff('page', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(sniff('-', '{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl');
    expect(sniff('a.json', '{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl');
    expect(sniff('-', '[{"text": "a"}]')).toBe('json');
    expect(sniff('notes.txt', 'Troops entered the town.')).toBe('text');
    expect(sniff('notes.txt', '\n# Heading\n\nBy [Someone](#)\n')).toBe('markdown');
  });
});
