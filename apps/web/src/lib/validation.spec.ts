import { describe, expect, it } from 'vitest';
import { all, email, maxLength, password, required } from './validation';

describe('validation', () => {
  it.each(['camille@example.com', ' va@relais.fr ', 'a.b+c@sub.example.co'])(
    'accepts the email %s',
    (value) => {
      expect(email(value)).toBeNull();
    },
  );

  it.each(['camille', 'camille@', 'camille@example', 'ca mille@example.com', '@example.com'])(
    'rejects the email %s',
    (value) => {
      expect(email(value)).toEqual({ code: 'email' });
    },
  );

  it('asks for a missing email rather than calling it invalid', () => {
    expect(email('  ')).toEqual({ code: 'required' });
  });

  it('takes passwords of 8 to 128 characters', () => {
    expect(password('')).toEqual({ code: 'required' });
    expect(password('a'.repeat(7))).toEqual({ code: 'passwordTooShort', values: { min: 8 } });
    expect(password('a'.repeat(8))).toBeNull();
    expect(password('a'.repeat(128))).toBeNull();
    expect(password('a'.repeat(129))).toEqual({ code: 'passwordTooLong', values: { max: 128 } });
  });

  it('combines checks and reports the first failure', () => {
    const name = all(required, maxLength(5));
    expect(name('')).toEqual({ code: 'required' });
    expect(name('abcdef')).toEqual({ code: 'tooLong', values: { max: 5 } });
    expect(name('abc')).toBeNull();
  });
});
