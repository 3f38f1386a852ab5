import { describe, expect, test } from 'vitest';
import { commands } from './index.js';

describe('the command list', () => {
  test('each entry loads the command it names, with a usage text', async () => {
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.usage).toMatch(new RegExp(`^Usage: sitrep ${entry.name}\\b`));
      expect(entry.summary.length).toBeGreaterThan(10);
    }
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });
});
