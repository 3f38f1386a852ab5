/**
 * POST /api/articles takes its input under the same rules as files (issue 18): a date that is
 * no calendar day or lies outside 1900–2100 is refused with a reason, and lone surrogates
 * become one U+FFFD each before any offset is computed.
 */
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { fixtureCorpus } from './fixture.js';

const auth = { authorization: 'Bearer a-long-enough-token' };
const post = async (payload: object) => {
  const w = await buildServer({
    corpus: fixtureCorpus(),
    webRoot: null,
    allowWrite: true,
    token: 'a-long-enough-token',
  });
  try {
    const res = await w.inject({ method: 'POST', url: '/api/articles', payload, headers: auth });
    const id = res.statusCode === 201 ? res.json().article.id : null;
    const stored = id ? (await w.inject({ method: 'GET', url: `/api/articles/${id}` })).json() : null;
    return { status: res.statusCode, body: res.json(), stored };
  } finally {
    await w.close();
  }
};
const text = 'Ukrainian forces entered Kupiansk on Saturday, the governor said.';

describe('POST /api/articles: input rules', () => {
  it('refuses a publication date that is no calendar day, with the reason', async () => {
    const res = await post({ text, published: '9999-99-99' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/9999-99-99.*not a calendar date/);
  });
  it("says plainly that the body must be an object (no stray space from the validator's path)", async () => {
    const res = await post([{ text }]);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Invalid body: must be object. See /api/openapi.json for what this route accepts.');
  });
  it('refuses a publication date outside 1900–2100', async () => {
    const res = await post({ text, published: '2222-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/outside 1900–2100/);
  });
  it('stores a lone surrogate as one U+FFFD, and the spans after it still point at their text', async () => {
    const res = await post({ text: `\ud83d ${text}`, published: '2022-09-10' });
    expect(res.status).toBe(201);
    const a = res.stored.article;
    expect(a.text).toBe(`\uFFFD ${text}`);
    const annotated = (res.stored.annotations as { start: number; end: number }[]).map((s) =>
      a.text.slice(s.start, s.end),
    );
    expect(annotated).toContain('Kupiansk');
  });
});
