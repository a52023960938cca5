import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@relais/domain';

/** A failed check: its key under `common:validation` and the values its message needs. */
export type ValidationIssue =
  | { code: 'required' }
  | { code: 'email' }
  | { code: 'passwordTooShort'; values: { min: number } }
  | { code: 'passwordTooLong' | 'tooLong'; values: { max: number } }
  | { code: 'number' }
  | { code: 'dateOrder' }
  | { code: 'integer' }
  | { code: 'numberRange'; values: { min: number; max: number } }
  | { code: 'decimals'; values: { max: number } }
  /** A check with its own message, already in the interface language. */
  | { code: 'custom'; message: string };

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

/** Runs the validator only when there is a value: for optional fields. */
export function optional(validate: Validator): Validator {
  return (value) => (value.trim() ? validate(value) : null);
}

/**
 * A number typed by a person, in either language: "12.5", "12,5", "1 200". Returns NaN when it
 * is not one.
 */
export function parseDecimal(value: string): number {
  const normalized = value
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

interface NumberRule {
  min: number;
  max: number;
  /** Decimal places allowed; 0 for whole numbers. */
  decimals?: number;
}

/** A number between `min` and `max` with at most `decimals` decimal places (default 2). */
export function numberBetween({ min, max, decimals = 2 }: NumberRule): Validator {
  return (value) => {
    const number = parseDecimal(value);
    if (Number.isNaN(number)) return { code: 'number' };
    const places = value.trim().replace(',', '.').split('.')[1]?.length ?? 0;
    if (decimals === 0 && places > 0) return { code: 'integer' };
    if (places > decimals) return { code: 'decimals', values: { max: decimals } };
    if (number < min || number > max) return { code: 'numberRange', values: { min, max } };
    return null;
  };
}
