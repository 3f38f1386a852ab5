/**
 * The route handlers' request types, from the routes' own JSON Schemas (json-schema-to-ts): the
 * schema that validates a query, path or body at run time is the one its type is read from, so
 * the two cannot drift and no handler casts its request.
 *
 * Replies are left to the serializer: @fastify/type-provider-json-schema-to-ts also types them
 * from the response schemas, but those are open objects (they list what is sent, and the model's
 * records carry more), which json-schema-to-ts reads as index signatures that no model interface
 * satisfies. Request types are what a cast used to guess, so they are what is typed here.
 */
import type { FastifyTypeProvider } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

export interface RequestTypes extends FastifyTypeProvider {
  validator: this['schema'] extends JSONSchema ? FromSchema<this['schema']> : unknown;
  serializer: unknown;
}
