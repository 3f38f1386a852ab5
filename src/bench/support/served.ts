/**
 * `sitrep serve` over a store, started as a user starts it (a child process: the writer thread
 * reads the store, the request thread builds its view), and the API timed over loopback HTTP:
 * how long until the first answer, and how long list requests take once it answers.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'bin', 'sitrep.js');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface ServedTimes {
  events: number;
  /** spawn → the first answer of GET /api/events (process start, store read, view built) */
  firstAnswerMs: number;
  /** GET /api/events as the page's list asks it (the first page of 100), median */
  defaultPageMs: number;
  /** a filtered page further down, each with filters not asked before (so filtered afresh), median */
  filteredPageMs: number;
  /** GET /api/events?since=V at the version served (a poll with nothing new), median */
  pollMs: number;
}

async function timed(url: string): Promise<{ ms: number; body: { version: number; total: number } }> {
  const t0 = performance.now();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { version: number; total: number };
  return { ms: performance.now() - t0, body };
}

const WARM_UP = 5;

export async function servedTimes(db: string, runs = 25): Promise<ServedTimes> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const base = await new Promise<string>((done, fail) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//u.exec(out);
        if (m) done(m[1]!);
      });
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('exit', (code) => fail(new Error(`sitrep serve exited ${code}: ${err.slice(0, 500)}`)));
    });
    const first = await timed(`${base}/api/events`);
    const firstAnswerMs = performance.now() - t0;
    const { version, total } = first.body;
    const defaultPage: number[] = [];
    const filteredPage: number[] = [];
    const poll: number[] = [];
    const types = encodeURIComponent('Battles,Explosions/Remote violence,Violence against civilians');
    // the first rounds warm both sides (the server's and this process's JIT, the connection): not counted
    for (let i = -WARM_UP; i < runs; i++) {
      const times = [
        (await timed(`${base}/api/events`)).ms,
        (await timed(`${base}/api/events?event_type=${types}&min_corroboration=${i + WARM_UP}&limit=50&offset=50`)).ms,
        (await timed(`${base}/api/events?since=${version}`)).ms,
      ];
      if (i < 0) continue;
      defaultPage.push(times[0]!);
      filteredPage.push(times[1]!);
      poll.push(times[2]!);
    }
    return {
      events: total,
      firstAnswerMs,
      defaultPageMs: median(defaultPage),
      filteredPageMs: median(filteredPage),
      pollMs: median(poll),
    };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}
