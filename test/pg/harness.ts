/**
 * PostgreSQL for tests: the server named by SITREP_TEST_PG (default the project machines'
 * postgres://postgres@127.0.0.1:5432/test), a schema of its own per test file, dropped after.
 * When no server answers, the tests say so and skip, except under CI (`.ci/run` starts one),
 * where that is a failure. No mock database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_PG = process.env.SITREP_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function answers(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_PG, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

const down = await answers();
if (down) {
  if (process.env.CI)
    throw new Error(`PostgreSQL at ${TEST_PG} does not answer (${down}); .ci/run should have started it`);
  console.warn(`PostgreSQL tests skipped: ${TEST_PG} does not answer (${down})`);
}
/** false when no server answers (and not under CI): describe.skipIf(!pgUp) */
export const pgUp = down === null;

/** A fresh schema name, and the store URL that uses it. */
export function scratchSchema(prefix = 't'): { schema: string; url: string } {
  const schema = `sitrep_${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const u = new URL(TEST_PG);
  u.searchParams.set('schema', schema);
  return { schema, url: u.toString() };
}

/** Drops schemas made by scratchSchema (with the queue's, `<schema>_queue`). */
export async function dropSchemas(...schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    for (const s of schemas) {
      await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${s}_queue CASCADE`);
    }
  } finally {
    await client.end();
  }
}
