/**
 * The OpenAPI 3.1 document, generated from the schemas the routes registered with (collected by
 * an onRoute hook), so that the document cannot drift from what the server validates.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

interface RouteSchema {
  summary?: string;
  tags?: string[];
  hide?: boolean;
  security?: unknown;
  params?: { properties?: Record<string, object>; required?: string[] };
  querystring?: { properties?: Record<string, object>; required?: string[] };
  body?: object;
  response?: Record<string, object>;
}

const statusText: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  304: 'Not Modified: If-None-Match named the version served (the ETag); no body',
  400: 'The request is invalid; the message says which field and why',
  401: 'Missing or wrong bearer token',
  403: 'The server is read-only',
  404: 'Not found',
  413: 'The body is too large',
};

export function collectRoutes(app: FastifyInstance): RouteOptions[] {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  return routes;
}

export function openApiDocument(routes: RouteOptions[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const schema = (route.schema ?? {}) as RouteSchema;
    if (schema.hide || !route.url.startsWith('/api/')) continue;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries(schema.params?.properties ?? {}).map(([name, s]) => ({
        name,
        in: 'path',
        required: true,
        schema: s,
      })),
      ...Object.entries(schema.querystring?.properties ?? {}).map(([name, s]) => ({
        name,
        in: 'query',
        required: schema.querystring?.required?.includes(name) ?? false,
        schema: s,
        ...('description' in s ? { description: (s as { description: string }).description } : {}),
      })),
    ];
    const responses: Record<string, object> = {};
    for (const [code, s] of Object.entries(schema.response ?? {})) {
      const description = statusText[code] ?? code;
      // a 304 has no body (RFC 9110 §15.4.5)
      responses[code] =
        code === '304' ? { description } : { description, content: { 'application/json': { schema: s } } };
    }
    for (const method of methods) {
      paths[path] ??= {};
      paths[path]![method.toLowerCase()] = {
        summary: schema.summary,
        tags: schema.tags,
        ...(parameters.length ? { parameters } : {}),
        ...(schema.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: schema.body } } } }
          : {}),
        ...(schema.security ? { security: schema.security } : {}),
        responses: Object.keys(responses).length ? responses : { 200: { description: 'OK' } },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description:
        'Read-only access to the event picture sitrep built from news reports: articles and their annotated spans, places, entities, claims, fused events with their reports and checks, disputes and series. POST /api/articles adds an article when the server runs with --allow-write.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
