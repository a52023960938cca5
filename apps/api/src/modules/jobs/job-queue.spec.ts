import { backoffDelay } from './job-queue';

describe('backoffDelay', () => {
  it.each([
    [1000, 1, 1000],
    [1000, 2, 2000],
    [1000, 3, 4000],
    [1000, 4, 8000],
    [20, 5, 320],
  ])('waits %i × 2^(attempt - 1) ms after attempt %i: %i ms', (base, attempt, expected) => {
    expect(backoffDelay(base, attempt)).toBe(expected);
  });

  it('doubles the wait from one attempt to the next', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(50, attempt));
    delays.slice(1).forEach((delay, i) => expect(delay).toBe(2 * delays[i]));
  });
});
