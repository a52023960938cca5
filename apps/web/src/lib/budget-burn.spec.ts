import { describe, expect, it } from 'vitest';
import { burnColor, burnLevel } from './budget-burn';

describe('budget burn colour', () => {
  it.each<[number | null | undefined, string, string]>([
    [null, 'none', 'gray'],
    [undefined, 'none', 'gray'],
    [Number.NaN, 'none', 'gray'],
    [0, 'ok', 'teal'],
    [0.5, 'ok', 'teal'],
    [0.7999, 'ok', 'teal'],
    [0.8, 'near', 'orange'],
    // 40 h of 50 h computed in floating point
    [(40 / 50) * (1 - 1e-12), 'near', 'orange'],
    [0.95, 'near', 'orange'],
    [0.9999, 'near', 'orange'],
    [1, 'spent', 'red'],
    [(0.1 + 0.2) / 0.3 - 1e-12, 'spent', 'red'],
    [1.4, 'spent', 'red'],
  ])('share %s is %s (%s)', (share, level, color) => {
    expect(burnLevel(share)).toBe(level);
    expect(burnColor(share)).toBe(color);
  });
});
