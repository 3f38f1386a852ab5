import { CALENDAR_WORDS, MONTHS, WEEKDAYS } from '../../lexicon/months.js';
import { AGENCIES, OUTLETS } from '../../lexicon/outlets.js';
import { TITLES } from '../../lexicon/titles.js';
import { ORGANISATION_WORDS, UNIT_WORDS } from './lexicon.js';
import { lower, type SuppressionRule } from './rule.js';

// the one-word names of news outlets and agencies ("Reuters said", "Interfax reported")
const OUTLET_WORDS = [...OUTLETS, ...AGENCIES]
  .flatMap((o) => [o.name, ...o.spellings])
  .filter((s) => !/\s/.test(s))
  .map((s) => s.toLowerCase());

// Ordinary English words that are also the names of towns somewhere (cities500 has a "Best",
// a "Mobile", a "Reading", a "Police" …). Days and months are here too, and outlets' names.
const COMMON = new Set([
  ...[...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()),
  ...`a about after again against all also an and any are as at back bad bath be because been before
  being best between big black blue both boulder but by call can carry case cause center central
  change city clay close come commerce common concord could day deal did do does down during early
  east eagle energy enterprise even every fair faith fall far fame first five flint for force
  fort free friend from full gap gold golden good grand great green grow had harmony has have he
  hello her here hero high his home hope how however if in independence industry is it its jobs
  joy just justice last late lead liberty life like live long love low made man many march may
  me mobile more most much must my national natural near new news nice no north not now nothing
  of office oil old on once one only or order other our out over own paradise park patience peace
  people plain plains police power progress protection quality reading real red reform regular
  republic rich right rock rose round rush safety sale salt same say security see she should
  since so some south spring split state states still story strong such sun support sure surprise take than that the their them then there these they this
  those three through time to today top trade truth two under union unity up very victory view
  vision wait want war was water way we welcome well were west what when where which while white
  who why will win with without work world would yes yet you young your house western eastern
  northern southern english key less never taking alliance rocket study centre research four
  star congress chamber supreme media village week maybe point tower court valley wing island
  federal balloon eight six seven nine ten hundred thousand million billion grants royal crescent
  liberal conservative hydro google novosti
  centre les des une und der die das den dem ein eine el los las del`.split(/\s+/),
  ...OUTLET_WORDS,
]);

// names of other things that happen to match a place ("Notre Dame" is mostly the university)
// prettier-ignore
const PHRASES = new Set(['el niño', 'el nino', 'la niña', 'la nina', 'notre dame', 'new deal', 'new age', 'new year', 'holy spirit']);

const ALWAYS = new Set([...CALENDAR_WORDS, 'god', 'christmas', 'easter']);

// not "to" or "from": "according to Western officials", "from Western capitals"
// prettier-ignore
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'into', 'around', 'toward', 'towards']);

/**
 * A capitalised common word — a word of the lexicons, or one the article itself writes in lower
 * case ("the war" … "Study of War") — is a place only after a locative preposition inside a
 * sentence. Months and days never are. "Police said …" and "March" stay words; "near Izium" and
 * "in Reading" stay places.
 *
 *   matches:  "Police said the road was closed."
 *   must not: "Fighting was reported near Izium."
 */
export const commonWord: SuppressionRule = {
  name: 'common words',
  suppress({ tokens, start, end, lowerWords }) {
    if (end - start > 1) {
      const phrase = tokens
        .slice(start, end)
        .map((x) => x.text.toLowerCase())
        .join(' ');
      return PHRASES.has(phrase) ? `the phrase "${phrase}"` : null;
    }
    const t = tokens[start];
    const w = lower(t);
    if (ALWAYS.has(w)) return `the word "${t.text}"`;
    // "US" is not "us": an acronym is not the lower-case word
    const acronym = t.text.length <= 4 && t.text === t.text.toUpperCase();
    if (
      !COMMON.has(w) &&
      !TITLES.has(w) &&
      !ORGANISATION_WORDS.has(w) &&
      !UNIT_WORDS.has(w) &&
      !(lowerWords.has(w) && !acronym)
    )
      return null;
    const first = start === 0 || tokens[start - 1].sentence !== t.sentence || /^["“‘(]$/.test(tokens[start - 1].text);
    if (!first && t.pos === 'PROPN' && LOCATIVE.has(lower(tokens[start - 1]))) return null;
    return `the common word "${t.text}"`;
  },
  examples: {
    surface: 'Police|March|War|Izium|Reading',
    matches: [
      'Police said the road was closed.',
      'March was a hard month.',
      'The war went on, the Institute for the Study of War said.',
    ],
    mustNot: ['Fighting was reported near Izium.', 'He grew up in Reading.'],
  },
};
