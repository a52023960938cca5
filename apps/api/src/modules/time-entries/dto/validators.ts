import { ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { isCalendarDate, isMonthKey, parseInstant } from '@relais/domain';

/** Optional, but never null: for columns that cannot be empty (a PATCH may omit them). */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

const name = (args?: ValidationArguments) => args?.property ?? 'value';

/** An ISO 8601 instant with its offset, every part in range (`2026-02-30T…` is refused). */
export function IsInstant(): PropertyDecorator {
  return ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value: unknown) => parseInstant(value) !== null,
      defaultMessage: (args) =>
        `${name(args)} must be an ISO 8601 instant with its offset, e.g. 2026-03-02T09:30:00+01:00`,
    },
  });
}

/** A real calendar date `YYYY-MM-DD` (2023-02-29 is refused). */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: (args) => `${name(args)} must be a calendar date YYYY-MM-DD`,
    },
  });
}

/** A month `YYYY-MM`. */
export function IsMonthKey(): PropertyDecorator {
  return ValidateBy({
    name: 'isMonthKey',
    validator: {
      validate: (value: unknown) => isMonthKey(value),
      defaultMessage: (args) => `${name(args)} must be a month YYYY-MM`,
    },
  });
}

export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

// ids are compared as strings: one spelling for every UUID
export const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** `?approved=true|false` as a boolean; anything else is left for @IsBoolean to refuse. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
