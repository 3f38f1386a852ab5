/**
 * Visible text of an HTML fragment, one block per paragraph: readability's output and feed
 * bodies keep their paragraph breaks, so later stages still see sentence and line boundaries.
 */
// prettier-ignore
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'HR', 'ADDRESS', 'NAV', 'FORM',
]);
// prettier-ignore
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

// closes a block: its end breaks the paragraph as its start did
const BLOCK_END = Symbol('block end');

/**
 * Walks the tree with an explicit stack, not recursion: 100,000 nested divs are one more page
 * of text, not a stack overflow, and each node is visited once.
 */
export function htmlNodeToText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const stack: (DomNode | typeof BLOCK_END)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push(BLOCK_END);
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return blocks.join('\n\n');
}

interface ElementNode {
  firstElementChild: ElementNode | null;
  nextElementSibling: ElementNode | null;
  parentElement: ElementNode | null;
}

/** How deep elements nest under `root`, walked without recursion (stops counting at `limit`). */
export function elementDepth(root: ElementNode, limit: number): number {
  let max = 0;
  let depth = 0;
  let node: ElementNode | null = root.firstElementChild;
  if (node) depth = 1;
  while (node) {
    if (depth > max) max = depth;
    if (max >= limit) return max;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
      if (node === root || depth <= 0) return max;
    }
    node = node ? node.nextElementSibling : null;
  }
  return max;
}

export function looksLikeHtml(s: string): boolean {
  return /<(p|div|br|span|a|b|i|em|strong|h[1-6]|ul|li|img|figure|blockquote)\b[^>]*>/i.test(s);
}
