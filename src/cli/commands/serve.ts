/**
 * `sitrep serve`: the page and the HTTP API over the store that `analyze` filled. Binds to
 * 127.0.0.1 unless told otherwise; accepts new articles only with --allow-write and a token.
 */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { buildServer, DEFAULT_BODY_LIMIT, defaultWebRoot, MIN_TOKEN_LENGTH } from '../../server/app.js';
import { threadWriter, type ThreadWriter } from '../../server/writer.js';
import { DEFAULT_DB } from '../../store/index.js';
import { printable, storeLocation } from '../../store/backend.js';
import { UsageError, type Command } from '../command.js';
import { openStoreOrSay } from '../store.js';

const usage = `Usage: sitrep serve [--db FILE|URL] [--port N] [--host ADDRESS] [--allow-host NAME]... [--allow-write --token TOKEN]

Serves the web page (map, timeline, events with their evidence, disputes, articles) and the HTTP
API (documented at /api/openapi.json) over the store. Nothing is fetched from the internet. What a
later \`sitrep analyze\` stores in the same store is served once its writes pause (no restart);
the page asks every 15 s and redraws when there is news.

Options:
  --db FILE|URL      the store written by \`sitrep analyze\`: an SQLite file (default: $SITREP_DB, else
                     ./${DEFAULT_DB}) or postgres://…
  --port N           port to listen on (default: 8787; 0 picks a free one)
  --host ADDRESS     address to bind (default: 127.0.0.1, this machine only)
  --allow-host NAME  a host name browsers may use to reach the server (repeatable); requests naming
                     any other (a DNS-rebinding page) get 421. IP addresses and localhost always pass
  --allow-write      accept POST /api/articles (runs the pipeline and stores the article)
  --token TOKEN      the bearer token POST needs (or set SITREP_TOKEN), at least ${MIN_TOKEN_LENGTH} characters;
                     required with --allow-write
  --body-limit BYTES largest request body (default: ${DEFAULT_BODY_LIMIT})

Main routes: GET /api/events?from=&to=&bbox=&event_type=&outlet=&side=&status=&min_corroboration=&limit=&offset=
             GET /api/events/{id}   GET /api/disputes   GET /api/articles/{id}   GET /api/places
             GET /api/entities      GET /api/claims     GET /api/control?date=   GET /api/openapi.json`;

export const serve: Command = {
  name: 'serve',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        'allow-write': { type: 'boolean' },
        token: { type: 'string' },
        'body-limit': { type: 'string' },
      },
    });
    const location = storeLocation(values.db);
    const dbPath = printable(location);
    const port = values.port === undefined ? 8787 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not '${values.port}'`);
    const bodyLimit = values['body-limit'] === undefined ? DEFAULT_BODY_LIMIT : Number(values['body-limit']);
    if (!Number.isInteger(bodyLimit) || bodyLimit < 1024)
      throw new UsageError('--body-limit must be a whole number of bytes, at least 1024');
    const host = values.host ?? '127.0.0.1';
    const allowWrite = values['allow-write'] ?? false;
    const token = values.token ?? process.env.SITREP_TOKEN ?? null;
    if (allowWrite && !token)
      throw new UsageError('--allow-write needs --token TOKEN (or SITREP_TOKEN in the environment)');
    if (!allowWrite && values.token) throw new UsageError('--token is only used with --allow-write');
    if (token && token.length < MIN_TOKEN_LENGTH)
      throw new UsageError(
        `the token must be at least ${MIN_TOKEN_LENGTH} characters (a random string: \`openssl rand -hex 16\`)`,
      );
    // a host bound by name is a name browsers will use
    const allowHosts = [...(values['allow-host'] ?? []), ...(isIP(host) ? [] : [host])];
    // serving never creates a store: a mistyped --db would serve an empty picture
    const store = await openStoreOrSay(location, { create: false, who: 'sitrep serve' });
    if (!store) return 2;
    await store.close();
    const webRoot = defaultWebRoot();
    if (!webRoot)
      process.stderr.write('sitrep serve: the page is not built (run `npm run build`); serving the API only\n');
    // the store is read, followed and written by a thread of its own: POSTed articles are
    // analysed there, and a reload never holds up the requests (src/server/writer.ts)
    let writer: ThreadWriter;
    try {
      writer = await threadWriter({ db: location, warm: allowWrite }, (message) =>
        process.stderr.write(`sitrep serve: ${message}\n`),
      );
    } catch (err) {
      process.stderr.write(`sitrep serve: ${(err as Error).message}\n`);
      return 2;
    }
    const app = await buildServer({
      corpus: writer.takeInitial(),
      writer,
      webRoot,
      allowWrite,
      token,
      allowHosts,
      bodyLimit,
    });
    let address: string;
    try {
      address = await app.listen({ port, host });
    } catch (err) {
      await app.close();
      process.stderr.write(`sitrep serve: cannot listen on ${host}:${port}: ${(err as Error).message}\n`);
      return 1;
    }
    const { view } = app.sitrep;
    process.stdout.write(
      `sitrep: serving ${view.eventRows.length} events from ${view.corpus.articles.length} articles in ${dbPath} at ${address}/ (${allowWrite ? 'POST /api/articles allowed with the token' : 'read-only'}); Ctrl-C to stop\n`,
    );
    if (!/^(127\.|::1$|localhost$|\[::1\])/.test(host)) {
      process.stderr.write(`sitrep serve: listening on ${host}, reachable from other machines\n`);
    }
    return new Promise<number>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        // closing the server closes the writer: it finishes the article it is on first
        void app.close().finally(() => resolve(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  },
};
