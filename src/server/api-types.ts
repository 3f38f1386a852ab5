/**
 * The page's types of the API, generated from the OpenAPI document the server builds from its
 * route schemas (openapi-typescript), so that the page, the server's validation and the document
 * share one source. `npm run build` writes web/src/api-types.ts before building the page; a test
 * fails when the committed file is not what the schemas give.
 *
 * Properties are typed as always present (`propertiesRequiredByDefault`): the response schemas
 * list what is sent without `required` (fast-json-stringify would fail a reply that lacks one),
 * and every field the server sends is there, null when unknown.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildServer } from './app.js';

export const API_TYPES_FILE = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  'web',
  'src',
  'api-types.ts',
);

/** The OpenAPI document of a server over an empty store. */
async function openApiJson(): Promise<object> {
  const app = await buildServer({
    corpus: { articles: [], entities: [], events: [], disputes: [], checks: [] },
    webRoot: null,
  });
  try {
    return (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as object;
  } finally {
    await app.close();
  }
}

export async function pageApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await openApiJson()), { propertiesRequiredByDefault: true });
  return `/**\n * Generated from /api/openapi.json by src/server/api-types.ts (npm run build): do not edit.\n */\n\n${astToString(ast)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(API_TYPES_FILE, await pageApiTypes());
  process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
}
