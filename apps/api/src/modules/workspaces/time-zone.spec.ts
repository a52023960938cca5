import { ianaTimeZone } from './time-zone';

describe('ianaTimeZone', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris'],
    ['america/new_york', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Etc/GMT+1', 'Etc/GMT+1'],
  ])('accepts %s as %s', (input, zone) => {
    expect(ianaTimeZone(input)).toBe(zone);
  });

  it.each(['', 'Mars/Olympus_Mons', '+01:00', 'UTC+1', ' Europe/Paris', 'Europe/Paris; DROP'])(
    'refuses %j',
    (input) => {
      expect(ianaTimeZone(input)).toBeNull();
    },
  );
});
