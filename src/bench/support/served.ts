/**
 * `sitrep serve` over a store, started as a user starts it (a child process: the writer thread
 * reads the store, the request thread builds its view), and the API timed over loopback HTTP:
 * how long until the first answer, and how long list requests take once it answers.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measured } from './measured.js';

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
  /** with `more`: the server taking in what another process's analyze added */
  takeIn?: {
    /** from the analyze's end until the server answers with the new articles */
    servedAfterMs: number;
    /** the server's CPU from the analyze's start until then (null where /proc is not there to read it) */
    cpuMs: number | null;
  };
}

/** A process's CPU so far (ms), from Linux's /proc; null elsewhere. */
function processCpuMs(pid: number): number | null {
  try {
    // the fields after the command name: utime and stime are the 12th and 13th, in clock ticks
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Linux's USER_HZ is 100 on every architecture it runs on
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function timed(url: string): Promise<{ ms: number; body: { version: number; total: number } }> {
  const t0 = performance.now();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { version: number; total: number };
  return { ms: performance.now() - t0, body };
}

const WARM_UP = 5;

/**
 * `more`: a JSON Lines file of `articles` articles that another process (`sitrep analyze`) adds to
 * the store once the list has been timed: how soon, and at what CPU, the server serves them.
 */
export async function servedTimes(
  db: string,
  runs = 25,
  more?: { input: string; articles: number },
): Promise<ServedTimes> {
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
    let takeIn: ServedTimes['takeIn'];
    if (more) {
      const articles = async () =>
        ((await (await fetch(`${base}/api/summary`)).json()) as { articles: number }).articles;
      const want = (await articles()) + more.articles;
      const cpu0 = processCpuMs(child.pid!);
      const added = measured(['analyze', more.input, '--db', db]);
      if (added.status !== 0) throw new Error(`analyze of ${more.input} exited ${added.status}`);
      const t1 = performance.now();
      // the server reads the store again once its writes have paused for a second
      while ((await articles()) < want) {
        if (performance.now() - t1 > 120_000) throw new Error('the server did not serve the added articles in 120 s');
        await sleep(20);
      }
      const cpu1 = processCpuMs(child.pid!);
      takeIn = { servedAfterMs: performance.now() - t1, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
    }
    return {
      events: total,
      firstAnswerMs,
      defaultPageMs: median(defaultPage),
      filteredPageMs: median(filteredPage),
      pollMs: median(poll),
      takeIn,
    };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}
