/**
 * Markdown-style markup in an article's text, blanked to spaces for the tokenizer: "said that
 * **3,000 square kilometres** had been recaptured" is read as prose, and because every mark
 * becomes exactly one space, every token's offset still points into the article's own text
 * (which keeps its markup). Headings, emphasis, inline code, link and image brackets with their
 * addresses, list bullets and blockquote marks are blanked; words never are.
 *
 *   matches:  "**3,000 km²** [ISW](https://…)"  →  "  3,000 km²    ISW                 "
 *   must not: "snake_case_name", "5 * 3", "a_b" (a star or underscore inside a word or between spaces)
 */
const blank = (s: string) => ' '.repeat(s.length);

export function blankMarkup(text: string): string {
  if (!/[*_#`>[\]]/.test(text)) return text;
  return (
    text
      // headings, blockquote marks and list bullets at a line's start
      .replace(/^([ \t]*)(#{1,6}[ \t]+)/gm, (_m, lead: string, hashes: string) => lead + blank(hashes))
      .replace(/^([ \t]*)((?:>[ \t]?)+)/gm, (_m, lead: string, marks: string) => lead + blank(marks))
      .replace(/^([ \t]*)([*+][ \t]+)(?=\S)/gm, (_m, lead: string, bullet: string) => lead + blank(bullet))
      // images and links: the words stay, the brackets and the address go
      .replace(/!?\[([^\]\n]*)\]\(([^)\s]*)\)/g, (m, words: string) => {
        const open = m.startsWith('!') ? 2 : 1;
        return blank(m.slice(0, open)) + words + blank(m.slice(open + words.length));
      })
      // emphasis: a run of * or _ that opens before a word and closes after one
      .replace(
        /(^|[^\p{L}\p{N}*_])(\*{1,3}|_{1,3})(?=[^\s*_])([^\n]*?[^\s*_])\2(?![\p{L}\p{N}*_])/gu,
        (_m, before: string, marks: string, inner: string) => before + blank(marks) + inner + blank(marks),
      )
      .replace(/(`+)([^`\n]+)\1/g, (_m, ticks: string, inner: string) => blank(ticks) + inner + blank(ticks))
  );
}
