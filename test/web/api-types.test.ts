import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, pageApiTypes } from '../../src/server/api-types.js';

describe("the page's API types", () => {
  it('are what the route schemas give (npm run build writes them; commit the result)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await pageApiTypes());
  }, 60_000);

  it('come from the OpenAPI document: every route the page reads is there', async () => {
    const types = await pageApiTypes();
    for (const path of [
      '/api/summary',
      '/api/events',
      '/api/events/{id}',
      '/api/disputes',
      '/api/articles/{id}',
      '/api/control',
    ]) {
      expect(types).toContain(`"${path}": {`);
    }
  }, 60_000);
});
