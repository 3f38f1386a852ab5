import { beforeEach, describe, expect, it, vi } from 'vitest';

// V8's flag stood in for: what is asserted is the setting each moment asks for
const set = vi.hoisted(() => ({ flags: [] as string[] }));
vi.mock('node:v8', () => ({ setFlagsFromString: (f: string) => set.flags.push(f) }));

const fresh = async () => {
  vi.resetModules();
  set.flags.length = 0;
  return import('./heap-growing.js');
};

describe('heap growing', () => {
  beforeEach(() => {
    set.flags.length = 0;
  });

  it('a corpus pass tightens it and gives V8 its own choice back after, when no article threads ran', async () => {
    const { passHeapGrowing } = await fresh();
    passHeapGrowing(true);
    passHeapGrowing(false);
    expect(set.flags).toEqual(['--heap-growing-percent=50', '--heap-growing-percent=0']);
  });

  it('article threads set 2×, once; a pass in between tightens it and restores 2× when the last pass ends', async () => {
    const { articleHeapGrowing, passHeapGrowing } = await fresh();
    articleHeapGrowing();
    articleHeapGrowing();
    passHeapGrowing(true);
    passHeapGrowing(true);
    passHeapGrowing(false);
    expect(set.flags.at(-1)).toBe('--heap-growing-percent=50');
    passHeapGrowing(false);
    expect(set.flags).toEqual([
      '--heap-growing-percent=100',
      '--heap-growing-percent=50',
      '--heap-growing-percent=100',
    ]);
  });

  it('article threads starting during a pass wait for its end to take effect', async () => {
    const { articleHeapGrowing, passHeapGrowing } = await fresh();
    passHeapGrowing(true);
    articleHeapGrowing();
    expect(set.flags.at(-1)).toBe('--heap-growing-percent=50');
    passHeapGrowing(false);
    expect(set.flags.at(-1)).toBe('--heap-growing-percent=100');
  });
});
