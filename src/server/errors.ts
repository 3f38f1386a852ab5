/**
 * Errors as JSON `{ error, message }`: a short code a program can switch on, and a sentence a
 * person can act on (what was wrong, and what to send instead).
 */
import type { FastifyError, FastifyInstance } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new HttpError(404, 'not_found', message);

export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError | HttpError, request, reply) => {
    if (err instanceof HttpError) {
      return reply.code(err.statusCode).send({ error: err.error, message: err.message });
    }
    const e = err;
    if (e.validation) {
      const where = e.validationContext ?? 'request';
      // the field by name: from the failing path, or the property missing or not allowed
      const v = e.validation[0] as
        | {
            instancePath?: string;
            params?: { missingProperty?: string; additionalProperty?: string };
            message?: string;
          }
        | undefined;
      const field =
        (v?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') ||
        v?.params?.missingProperty ||
        v?.params?.additionalProperty ||
        '';
      const what = v?.params?.missingProperty
        ? 'is required'
        : v?.params?.additionalProperty
          ? 'is not a field this route reads'
          : (v?.message ?? e.message);
      return reply.code(400).send({
        error: 'bad_request',
        message: field
          ? `Invalid ${where} field '${field}': ${what}. See /api/openapi.json for what this route accepts.`
          : `Invalid ${where}: ${e.message.replace(/^(querystring|params|body)\/?\s*/, '')}. See /api/openapi.json for what this route accepts.`,
      });
    }
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({
        error: 'payload_too_large',
        message: `The request body is larger than ${bodyLimit} bytes; send one article at a time, or start the server with a larger --body-limit.`,
      });
    }
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({
        error: 'unsupported_media_type',
        message: 'Send the article as JSON with the header Content-Type: application/json.',
      });
    }
    if (
      e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      e.statusCode === 400
    ) {
      return reply.code(400).send({ error: 'bad_request', message: `The body is not valid JSON (${e.message}).` });
    }
    if (e.statusCode === 403) {
      // @fastify/static refuses a path that is not canonical or climbs out of the page's folder
      return reply.code(403).send({
        error: 'forbidden',
        message:
          'That path is not served: it is not a plain path inside the page. The page is at /, the API under /api/.',
      });
    }
    request.log.error(err);
    const status = e.statusCode && e.statusCode >= 400 ? e.statusCode : 500;
    return reply.code(status).send({
      error: status === 500 ? 'internal_error' : 'error',
      message:
        status === 500
          ? `The server failed on this request (${e.message}); the server log has the details.`
          : e.message,
    });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    reply.code(404).send({
      error: 'not_found',
      message: path.startsWith('/api/')
        ? `No API route ${request.method} ${path}. The routes are listed in /api/openapi.json.`
        : `Nothing at ${path}. The page is at /, the API under /api/.`,
    });
  });
}
