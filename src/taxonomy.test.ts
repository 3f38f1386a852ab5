import { describe, expect, it } from 'vitest';
import { triggerFamilies } from './events/families/index.js';
import { ACLED_TAXONOMY, SUB_EVENT_TYPES } from './taxonomy.js';

describe('ACLED taxonomy', () => {
  it("has the codebook's six event types and 25 sub-event types", () => {
    expect(Object.keys(ACLED_TAXONOMY)).toHaveLength(6);
    expect(SUB_EVENT_TYPES).toHaveLength(25);
  });
  it("holds every trigger family's event_type and sub_event_type", () => {
    for (const f of triggerFamilies) expect(ACLED_TAXONOMY[f.event_type], f.name).toContain(f.sub_event_type);
  });
});
