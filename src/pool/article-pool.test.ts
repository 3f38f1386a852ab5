import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '../model.js';

// Piscina stood in for: what is asserted is when the pool starts its threads, not what they do
const made = vi.hoisted(() => ({ pools: 0, destroyed: 0 }));
vi.mock('piscina', () => ({
  Piscina: class {
    constructor() {
      made.pools++;
    }
    run(task: { started: SharedArrayBuffer }) {
      Atomics.store(new Int32Array(task.started), 0, 1);
      return Promise.resolve({ row: 'stored row', messages: [] });
    }
    destroy() {
      made.destroyed++;
      return Promise.resolve();
    }
  },
}));

const { articlePool } = await import('./article-pool.js');

beforeEach(() => {
  made.pools = 0;
  made.destroyed = 0;
});

describe('articlePool', () => {
  it('starts no thread for a run that hands it no article (every input stored already)', async () => {
    const runner = articlePool({ jobs: 2, seconds: 30 });
    await runner.close();
    expect(made).toEqual({ pools: 0, destroyed: 0 });
  });

  it('starts its threads once, with the first article, and stops them at close', async () => {
    const runner = articlePool({ jobs: 2, seconds: 30 });
    expect(made.pools).toBe(0);
    await runner.run(textArticle('Troops shelled the bridge on Monday, the governor said.'));
    await runner.run(textArticle('Forces entered the town on Saturday, officials said.'));
    expect(made.pools).toBe(1);
    await runner.close();
    expect(made.destroyed).toBe(1);
  });
});
