import { describe, expect, it } from 'vitest';
import { FIRST_NAMES } from './first-names.js';
import { CALENDAR_WORDS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './months.js';
import { AGENCIES, OUTLETS } from './outlets.js';
import { TITLES } from './titles.js';

describe('titles and first names', () => {
  it('are lower-case words, without full stops', () => {
    for (const w of [...TITLES, ...FIRST_NAMES]) expect(w).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
  it('hold the English and the East Slavic spellings both stages knew', () => {
    for (const w of ['dr', 'brigadier', 'spokeswoman', 'sheikh', 'commander-in-chief', 'councillor'])
      expect(TITLES.has(w)).toBe(true);
    for (const w of ['olena', 'oleksandr', 'aleksandr', 'alexander', 'iryna', 'svetlana', 'mary', 'ahmed'])
      expect(FIRST_NAMES.has(w)).toBe(true);
  });
  it('answer no question about a word they do not hold', () => {
    expect(TITLES.has('constructor')).toBe(false);
    expect(FIRST_NAMES.has('kharkiv')).toBe(false);
  });
});

describe('month and weekday names', () => {
  it('are twelve months and seven days, Sunday first as Date.getUTCDay counts', () => {
    expect(MONTHS).toHaveLength(12);
    expect(WEEKDAYS[new Date(Date.UTC(2022, 8, 8)).getUTCDay()]).toBe('Thursday');
  });
  it('abbreviate a month by its first letters, and are all calendar words', () => {
    for (const a of MONTH_ABBREVIATIONS) expect(MONTHS.some((m) => m.startsWith(a))).toBe(true);
    expect(CALENDAR_WORDS).toEqual(expect.arrayContaining(['march', 'sept', 'monday']));
  });
});

describe('outlets and agencies', () => {
  const all = [...OUTLETS, ...AGENCIES];
  it('each spelling names one organisation', () => {
    const owner = new Map<string, string>();
    for (const o of all) {
      for (const s of [o.name, ...o.spellings]) {
        const key = s.toLowerCase();
        expect(owner.get(key) ?? o.name, `"${s}" spells ${owner.get(key)} and ${o.name}`).toBe(o.name);
        owner.set(key, o.name);
      }
    }
  });
  it('each domain belongs to one organisation and is a bare host name', () => {
    const domains = all.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of domains) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });
  it('an agency that also publishes under its own name is the same organisation in both lists', () => {
    const outletNames = new Set(OUTLETS.map((o) => o.name));
    const both = AGENCIES.filter((a) => outletNames.has(a.name)).map((a) => a.name);
    expect(both).toEqual(['Anadolu Agency']);
  });
  it('holds the spellings every stage met: bylines, citations and the wire credits', () => {
    const spells = (name: string) => all.filter((o) => o.name === name).flatMap((o) => o.spellings);
    expect(spells('RFE/RL')).toContain('Radio Free Europe/Radio Liberty');
    expect(spells('RIA Novosti')).toEqual(expect.arrayContaining(['RIA', 'RIA-Novosti']));
    expect(spells('AP')).toContain('The Associated Press');
    expect(spells('Breitbart News')).toContain('Breitbart');
  });
});
