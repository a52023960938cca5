import { describe, expect, it } from 'vitest';
import { loadLevel } from './workload';

describe('loadLevel', () => {
  it('rates the next 7 days’ estimates against the weekly capacity', () => {
    expect(loadLevel(10, 0)).toBe('none');
    expect(loadLevel(10, 20)).toBe('ok');
    expect(loadLevel(16, 20)).toBe('high');
    expect(loadLevel(20, 20)).toBe('high');
    expect(loadLevel(21, 20)).toBe('over');
  });
});
