import { describe, expect, it } from 'vitest';
import { controlStatusNames } from './control-status.js';

describe('control status names', () => {
  it('reads the English half with dates, newlines and non-breaking spaces', () => {
    expect(controlStatusNames.classify('Звільнено 04.09 /// Liberated 04.09\n')).toBe('liberated');
    expect(controlStatusNames.classify('Звільнено\u00a016.03-17.03 /// Taken back 16.03-17.03')).toBe('liberated');
    expect(controlStatusNames.classify('Звільнено /// Recaptured\n')).toBe('liberated');
    expect(controlStatusNames.classify('Окуповано /// Occupied\n')).toBe('occupied');
    expect(controlStatusNames.classify('ОРДЛО /// CADR and CALR\n')).toBe('occupied');
    expect(controlStatusNames.classify('Під питанням /// Contensed')).toBe('contested');
    expect(controlStatusNames.classify('Ситуація невідома /// Situation is unknown')).toBe('contested');
  });
  it('falls back to the Ukrainian half when the English is garbled', () => {
    expect(controlStatusNames.classify('Окуповано /// ???')).toBe('occupied');
  });
  it('leaves arrows and other labels alone', () => {
    expect(controlStatusNames.classify('Напрямок удару /// Direction of attack')).toBeNull();
    expect(controlStatusNames.classify('Зміїний /// Snake Island')).toBeNull();
  });
});
