import { useCallback, useState, type ChangeEvent, type FocusEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { ValidationIssue, Validator } from '@/lib/validation';

/** A failed submit as the form's alert shows it. */
export interface FormError {
  error: unknown;
  /** Server messages about fields the form has no input for. */
  details: string[];
}

/** A check of one field; it may look at the others (a due date after the start date). */
export type FieldValidator<F extends string> = (
  value: string,
  values: Record<F, string>,
) => ValidationIssue | null;

interface UseFormOptions<F extends string> {
  initialValues: Record<F, string>;
  validators?: Partial<Record<F, Validator | FieldValidator<F>>>;
}

/**
 * A small form state for Mantine inputs. Checks run on every keystroke; a field shows its
 * error once it has been changed and left (or a submit was attempted), then updates as the
 * user types.
 * Errors the server returned for a field stay until that field changes.
 */
export function useForm<F extends string>({ initialValues, validators = {} }: UseFormOptions<F>) {
  const { t } = useTranslation('common');
  const [values, setValues] = useState(initialValues);
  const [initial] = useState(initialValues);
  const [shown, setShown] = useState<Partial<Record<F, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<F, string>>>({});

  const fields = Object.keys(initialValues) as F[];
  // cheap enough to recompute on every render, which keeps it in step with the values
  const issues: Partial<Record<F, ValidationIssue>> = {};
  for (const field of fields) {
    const issue = validators[field]?.(values[field], values);
    if (issue) issues[field] = issue;
  }

  const translate = useCallback(
    (issue: ValidationIssue): string => {
      switch (issue.code) {
        case 'required':
        case 'email':
        case 'number':
        case 'integer':
        case 'dateOrder':
          return t(`validation.${issue.code}`);
        case 'numberRange':
          return t('validation.numberRange', issue.values);
        case 'decimals':
          return t('validation.decimals', issue.values);
        case 'passwordTooShort':
          return t('validation.passwordTooShort', issue.values);
        case 'passwordTooLong':
        case 'tooLong':
          return t(`validation.${issue.code}`, issue.values);
        case 'custom':
          return issue.message;
      }
    },
    [t],
  );

  const setValue = useCallback((field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  /**
   * Leaving a field the user changed shows its error. Not for a field merely passed through
   * (an autofocused email left for the "create an account" link), nor when the focus goes to
   * the submit button: the submit shows every error anyway, and an error appearing between
   * mousedown and mouseup would move what was under the pointer and swallow the click.
   */
  function markShown(field: F, event?: FocusEvent) {
    if (values[field] === initial[field]) return;
    const next = event?.relatedTarget;
    if (next instanceof HTMLButtonElement && next.type === 'submit') return;
    setShown((current) => (current[field] ? current : { ...current, [field]: true }));
  }

  function errorFor(field: F): string | undefined {
    const server = serverErrors[field];
    if (server) return server;
    const issue = issues[field];
    return issue && shown[field] ? translate(issue) : undefined;
  }

  function getInputProps(field: F) {
    return {
      name: field,
      value: values[field],
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        setValue(field, event.currentTarget.value),
      onBlur: (event: FocusEvent) => markShown(field, event),
      error: errorFor(field),
    };
  }

  /**
   * Wraps a submit handler: on invalid input shows every error and focuses the first invalid
   * field instead of calling it.
   */
  function onSubmit(handler: (values: Record<F, string>) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      setShown(Object.fromEntries(fields.map((f) => [f, true])) as Record<F, boolean>);
      const firstInvalid = fields.find((f) => issues[f]);
      if (firstInvalid) {
        const input = form.elements.namedItem(firstInvalid);
        if (input instanceof HTMLElement) input.focus();
        return;
      }
      handler(values);
    };
  }

  /**
   * Takes a failed submit's error: the server's field errors go under the matching inputs.
   * Returns what is left for an alert (null when the inputs say it all), with the messages of
   * fields that match no input.
   */
  function absorbServerError(error: unknown): FormError | null {
    if (!isApiError(error) || error.fields.length === 0) {
      setServerErrors({});
      return { error, details: [] };
    }
    const next: Partial<Record<F, string>> = {};
    const details: string[] = [];
    for (const entry of error.fields) {
      if ((fields as string[]).includes(entry.field)) {
        next[entry.field as F] = entry.errors.join(' ');
      } else {
        details.push(...entry.errors);
      }
    }
    setServerErrors(next);
    return details.length > 0 ? { error, details } : null;
  }

  /**
   * Props for inputs whose onChange gives a value rather than an event (Select, NumberInput,
   * date pickers): the value is kept as a string, empty for none.
   */
  function getValueProps(field: F) {
    return {
      name: field,
      value: values[field],
      onChange: (value: string | number | null) =>
        setValue(field, value === null ? '' : String(value)),
      onBlur: (event: FocusEvent) => markShown(field, event),
      error: errorFor(field),
    };
  }

  /** Replaces every value at once (e.g. a demo account picked); clears the server's errors. */
  const replaceValues = useCallback((next: Record<F, string>) => {
    setValues(next);
    setServerErrors({});
  }, []);

  return {
    values,
    setValue,
    setValues: replaceValues,
    getInputProps,
    getValueProps,
    onSubmit,
    absorbServerError,
    isValid: Object.keys(issues).length === 0,
  };
}
