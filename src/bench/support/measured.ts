/**
 * A CLI run measured in a process of its own (this file, run with the CLI's arguments), so that
 * its peak RSS is its own: wall time, CPU and peak RSS, for the benches to compare.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadCpuSampler, type ThreadCpu } from './thread-cpu.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  status: number;
  /** the CPU by kind of thread (Linux only) */
  threads?: ThreadCpu;
}

/** Runs the CLI in a child of this file, which reports its own wall time, CPU and peak RSS. */
export function measured(args: string[]): Usage {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`child failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(line) as Usage;
}

/** In the child: run the CLI in this process and print what it cost. */
async function child(args: string[]): Promise<void> {
  const sampler = threadCpuSampler();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { main } = (await import(pathToFileURL(join(root, 'dist', 'cli', 'index.js')).href)) as {
    main: (argv: string[]) => Promise<number>;
  };
  const devNull = { write: () => true };
  const realOut = process.stdout.write.bind(process.stdout);
  process.stdout.write = devNull.write;
  const status = await main(args);
  process.stdout.write = realOut;
  const cpu = process.cpuUsage(cpu0);
  const usage: Usage = {
    wallMs: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // the process's peak, worker threads included (they share it)
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    status,
    ...(sampler ? { threads: sampler.stop() } : {}),
  };
  console.log(JSON.stringify(usage));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await child(process.argv.slice(2));
