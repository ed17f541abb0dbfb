import { describe, expect, it } from 'vitest';
import { events } from '../data/events.js';
import { historyRange } from './history-range.js';

describe('historyRange', () => {
  it('starts on the day the treaty was signed, read from the event treaty-signed', () => {
    expect(historyRange.from).toBe(events.find((event) => event.id === 'treaty-signed')?.date);
  });
  it('ends on the last day of 1940 and is frozen', () => {
    expect(historyRange.to).toBe('1940-12-31');
    expect(Object.isFrozen(historyRange)).toBe(true);
  });
});
