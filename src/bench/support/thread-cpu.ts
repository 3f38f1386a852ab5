/**
 * CPU of this process by kind of thread, read from /proc (Linux), for the benches to say where a
 * run's CPU went: the main thread; the threads started during the run (the article pool's, and
 * libuv's, which does little here); and those the process already had (V8's helpers, which
 * compile hot functions with TurboFan and mark and sweep the heaps of every thread).
 *
 * Node 20 gives no thread its own CPU time (process.threadCpuUsage came in Node 23), so the
 * threads are sampled: a thread that ends between two samples loses at most one interval's CPU.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ThreadCpu {
  mainMs: number;
  /** threads started after sampling began: the article pool's */
  startedMs: number;
  /** threads the process had before: V8's compiler and collector helpers, libuv's pool */
  helpersMs: number;
}

/** Linux's USER_HZ, the unit of a thread's utime and stime in /proc: 100 on every Linux Node supports. */
const TICKS_PER_SECOND = 100;

/**
 * utime + stime of a /proc/<pid>/task/<tid>/stat line, in ms. The thread's name (field 2) is in
 * parentheses and may hold spaces and parentheses itself: the fields are counted from the last ')'.
 */
export function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // after the name: state (3), ppid (4), … utime (14), stime (15)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const TASKS = '/proc/self/task';

function sample(into: Map<string, number>): void {
  let tids: string[];
  try {
    tids = readdirSync(TASKS);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      into.set(tid, statCpuMs(readFileSync(`${TASKS}/${tid}/stat`, 'latin1')));
    } catch {
      // the thread ended between the listing and the read: its last sample stands
    }
  }
}

/** Samples every `intervalMs` from now until `stop`; null where /proc has no threads to read. */
export function threadCpuSampler(intervalMs = 100): { stop(): ThreadCpu } | null {
  if (!existsSync(TASKS)) return null;
  const before = new Map<string, number>();
  sample(before);
  const last = new Map<string, number>();
  const timer = setInterval(() => sample(last), intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample(last);
      const main = String(process.pid);
      const cpu: ThreadCpu = { mainMs: 0, startedMs: 0, helpersMs: 0 };
      for (const [tid, ms] of last) {
        const spent = ms - (before.get(tid) ?? 0);
        if (tid === main) cpu.mainMs += spent;
        else if (before.has(tid)) cpu.helpersMs += spent;
        else cpu.startedMs += spent;
      }
      return cpu;
    },
  };
}
