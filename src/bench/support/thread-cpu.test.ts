import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { statCpuMs, threadCpuSampler } from './thread-cpu.js';

describe('CPU by thread', () => {
  it("reads utime and stime after the thread's name, whatever the name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    expect(statCpuMs('4242 (node) S 1 4242 4242 0 -1 4194560 900 0 3 0 250 17 0 0 20 0 9 0')).toBe(2670);
    expect(statCpuMs('4243 (a (b) c) R 1 4242 4242 0 -1 4194560 900 0 3 0 5 1 0 0 20 0 9 0')).toBe(60);
  });

  it.skipIf(!existsSync('/proc/self/task'))(
    "counts a thread started while it samples as started, not as the main thread's",
    async () => {
      const sampler = threadCpuSampler(20)!;
      // spins a quarter of a second of its own clock
      const worker = new Worker('const t = Date.now(); while (Date.now() - t < 250);', { eval: true });
      await new Promise((resolve) => worker.on('exit', resolve));
      const cpu = sampler.stop();
      expect(cpu.startedMs).toBeGreaterThan(0);
    },
  );
});
