import { dueInstant, isDueSoon } from './reminders';

describe('due-soon reminders', () => {
  it('puts the due instant at the end of the due day in the time zone', () => {
    expect(dueInstant('2026-03-10', 'Europe/Paris').toISOString()).toBe('2026-03-10T23:00:00.000Z');
    expect(dueInstant('2026-07-10', 'Europe/Paris').toISOString()).toBe('2026-07-10T22:00:00.000Z');
    expect(dueInstant('2026-03-10', 'UTC').toISOString()).toBe('2026-03-11T00:00:00.000Z');
  });

  it('is due soon when the due day ends within 24 hours, not before, not once past', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    expect(isDueSoon('2026-03-10', 'Europe/Paris', now)).toBe(true);
    expect(isDueSoon('2026-03-11', 'Europe/Paris', now)).toBe(false);
    expect(isDueSoon('2026-03-09', 'Europe/Paris', now)).toBe(false);
    // 23:30 UTC on the 10th is already the 11th in Paris: the 10th is over, the 11th ends in 23.5 h
    const late = new Date('2026-03-10T23:30:00Z');
    expect(isDueSoon('2026-03-10', 'Europe/Paris', late)).toBe(false);
    expect(isDueSoon('2026-03-11', 'Europe/Paris', late)).toBe(true);
  });
});
