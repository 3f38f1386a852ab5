/**
 * A title from the top of a text or Markdown file.
 *
 *   matches: "# Troops Enter Kupiansk as Front Shifts" (Markdown heading)
 *            "Troops Enter Kupiansk as Front Shifts\n\nKyiv said…" (a headline line)
 *   must not: "Troops entered the town on Friday, officials said, and more were on the way." (a sentence)
 */
interface HeadlineRule {
  maxLength: number;
  minWords: number;
}

const headlineRule: HeadlineRule = { maxLength: 160, minWords: 3 };

export function titleFromText(text: string, markdown: boolean): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  if (markdown) {
    const h = lines.find((l) => /^#{1,2}\s+\S/.test(l));
    if (h) return stripMarkdown(h.replace(/^#+\s+/, '').replace(/\s+#+$/, ''));
  }
  const first = lines.find((l) => l !== '');
  if (!first) return null;
  const candidate = stripMarkdown(first.replace(/^#+\s+/, ''));
  const words = candidate.split(/\s+/);
  if (candidate.length > headlineRule.maxLength || words.length < headlineRule.minWords) return null;
  // a headline does not end like a sentence (a question or exclamation may)
  if (/[.,;:]$/.test(candidate) && !/\.\.\.$/.test(candidate)) return null;
  return candidate;
}

function stripMarkdown(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .trim();
}
