/**
 * An article with its annotations: every highlighted span is focusable, and choosing it lists
 * what it fed (the event, place, entity, claim, dispute or check), each a link.
 */
import { bareQuote } from './quotes.js';
import type { Annotation, ArticleDetail } from './api.js';

/** The article's annotations, and the passage the reader came from (the page's own kind, 'focus'). */
type Marked = Omit<Annotation, 'kind'> & { kind: Annotation['kind'] | 'focus' };
import { clear, h } from './dom.js';
import { highlighted, type Piece } from './highlight.js';
import type { Navigate } from './detail.js';

const kinds: [string, string][] = [
  ['toponym', 'place'],
  ['timex', 'date'],
  ['quantity', 'number'],
  ['source', 'speaker'],
  ['entity', 'entity'],
  ['trigger', 'event trigger'],
  ['non_event', 'not coded'],
  ['cue', 'cue'],
  ['content', 'claim content'],
  ['check', 'checked statement'],
];

/** The heading of a report without a title: its outlet and date (its file path means nothing to a reader). */
export function untitled(outlet: string | null, date: string | null): string {
  return `${outlet ?? 'Report of an unknown outlet'}, ${date ?? 'undated'}`;
}

export function renderArticle(
  d: ArticleDetail,
  nav: Navigate,
  focus: { start: number; end: number } | null,
): HTMLElement {
  const a = d.article;
  const box = h('div', { class: 'article-view', 'data-article': a.id });
  box.append(
    h('h2', { class: 'article-title' }, a.title ?? untitled(a.outlet, a.published ?? a.published_on_or_after)),
    h(
      'p',
      { class: 'meta' },
      [
        a.outlet ?? 'outlet unknown',
        a.published ?? (a.published_on_or_after ? `on or after ${a.published_on_or_after}` : 'undated'),
        a.wire.length ? `wire: ${a.wire.join(', ')}` : '',
        a.path,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('p', { class: 'legend' }, ...kinds.map(([k, label]) => h('mark', { class: `hl hl-${k}` }, label))),
  );
  const evidence = h(
    'aside',
    { class: 'evidence', 'aria-live': 'polite' },
    h('p', { class: 'empty' }, 'Choose a highlighted span to see what it fed.'),
  );
  const show = (p: Piece<Marked>) => {
    clear(evidence);
    p = { ...p, covering: p.covering.filter((c) => c.kind !== 'focus') };
    if (!p.covering.length) return;
    evidence.append(h('h3', {}, `“${bareQuote(a.text.slice(p.covering[0]!.start, p.covering[0]!.end))}”`));
    for (const c of p.covering) {
      const li = h('li', {}, h('span', { class: `tag hl-${c.kind}` }, c.kind), ' ', c.label);
      if (c.links.length) {
        const links = h('ul', { class: 'links' });
        for (const l of c.links) {
          const b = h(
            'button',
            { type: 'button', class: 'link', 'data-link': `${l.kind}:${l.id}` },
            `${l.kind}: ${l.label}`,
          );
          b.addEventListener('click', () => follow(l.kind, l.id));
          links.append(h('li', {}, b));
        }
        li.append(links);
      }
      evidence.append(h('ul', { class: 'covering' }, li));
    }
  };
  const follow = (kind: string, id: string) => {
    if (kind === 'event') nav.event(id);
    else if (kind === 'dispute') nav.dispute(id);
    else if (kind === 'place') nav.place(id);
    else if (kind === 'claim') {
      // the claim's content in the text: flash it and bring it into view
      const content = d.annotations.find(
        (x) => x.kind === 'content' && x.links.some((l) => l.kind === 'claim' && l.id === id),
      );
      if (!content) return;
      const marks = [...text.querySelectorAll<HTMLElement>('mark')].filter(
        (m) => Number(m.dataset.start) >= content.start && Number(m.dataset.end) <= content.end,
      );
      for (const m of text.querySelectorAll('mark.flash')) m.classList.remove('flash');
      for (const m of marks) m.classList.add('flash');
      marks[0]?.scrollIntoView({ block: 'center' });
    } else {
      const target = kind === 'check' ? d.checks.find((c) => c.id === id) : null;
      if (target)
        evidence.append(
          h(
            'p',
            { class: `check verdict-${target.verdict}` },
            h('span', { class: 'verdict' }, target.verdict),
            ` ${target.kind}: ${target.explanation}`,
          ),
        );
    }
  };
  const text = h(
    'div',
    { class: 'article-text' },
    highlighted<Marked>(
      a.text,
      focus
        ? [...d.annotations, { ...focus, kind: 'focus', label: 'the passage you came from', links: [] }]
        : d.annotations,
      (mark, p) => {
        if (p.covering.some((c) => c.kind === 'focus')) mark.classList.add('focus');
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.dataset.start = String(p.start);
        mark.dataset.end = String(p.end);
        mark.addEventListener('click', () => show(p));
        mark.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            show(p);
          }
        });
      },
    ),
  );
  box.append(h('div', { class: 'article-body' }, text, evidence));
  if (d.events.length) {
    box.append(h('h3', {}, 'Events this article reports'));
    const ul = h('ul', { class: 'article-events' });
    for (const e of d.events) {
      const b = h(
        'button',
        { type: 'button', class: 'link' },
        `${e.date ?? 'undated'} · ${e.sub_event_type}${e.location ? ` — ${e.location}` : ''}`,
      );
      b.addEventListener('click', () => nav.event(e.id));
      ul.append(h('li', {}, b));
    }
    box.append(ul);
  }
  if (a.messages.length) {
    box.append(
      h('h3', {}, 'Messages from the stages'),
      h('ul', {}, ...a.messages.map((m) => h('li', {}, `${m.stage} (${m.severity}): ${m.message}`))),
    );
  }
  if (focus) {
    // mark the span the reader came for, and bring it into view
    const marks = [...text.querySelectorAll<HTMLElement>('mark.focus')];
    queueMicrotask(() => marks[0]?.scrollIntoView({ block: 'center' }));
  }
  return box;
}
