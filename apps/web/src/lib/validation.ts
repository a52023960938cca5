import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@relais/domain';

/** A failed check: its key under `common:validation` and the values its message needs. */
export type ValidationIssue =
  | { code: 'required' }
  | { code: 'email' }
  | { code: 'passwordTooShort'; values: { min: number } }
  | { code: 'passwordTooLong' | 'tooLong'; values: { max: number } };

export type Validator = (value: string) => ValidationIssue | null;

// Deliberately loose (one @, a dot in the domain, no spaces): the server has the last word.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const required: Validator = (value) => (value.trim() ? null : { code: 'required' });

export const email: Validator = (value) => {
  if (!value.trim()) return { code: 'required' };
  return EMAIL_PATTERN.test(value.trim()) ? null : { code: 'email' };
};

export const password: Validator = (value) => {
  if (!value) return { code: 'required' };
  if (value.length < PASSWORD_MIN_LENGTH) {
    return { code: 'passwordTooShort', values: { min: PASSWORD_MIN_LENGTH } };
  }
  if (value.length > PASSWORD_MAX_LENGTH) {
    return { code: 'passwordTooLong', values: { max: PASSWORD_MAX_LENGTH } };
  }
  return null;
};

export function maxLength(max: number): Validator {
  return (value) => (value.trim().length > max ? { code: 'tooLong', values: { max } } : null);
}

/** Runs validators in order and returns the first issue. */
export function all(...validators: Validator[]): Validator {
  return (value) => {
    for (const validate of validators) {
      const issue = validate(value);
      if (issue) return issue;
    }
    return null;
  };
}
