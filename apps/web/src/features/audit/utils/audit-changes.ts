import type { AuditChanges } from '../api/types';

const NAME_FIELDS = ['title', 'name', 'email'] as const;

/** The record's name as the event knows it (its title, name or email), if it carries one. */
export function recordName(changes: AuditChanges): string | null {
  for (const field of NAME_FIELDS) {
    const change = changes[field];
    if (!change) continue;
    const value = change.after ?? change.before;
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

/** A value of a changed field in a few characters: empty values show as a dash. */
export function formatValue(value: unknown, max = 60): string {
  let text: string;
  if (value === null || value === undefined || value === '') text = '—';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.length === 0) text = '—';
  else text = JSON.stringify(value);
  text = text.replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * The changed fields, in the order the event lists them. A field without an `after` was not
 * part of the change (some events list the record's other fields with only their value before).
 */
export function fieldChanges(changes: AuditChanges): FieldChange[] {
  return Object.entries(changes)
    .filter(([, change]) => change !== null && typeof change === 'object' && 'after' in change)
    .map(([field, change]) => ({
      field,
      before: formatValue(change.before),
      after: formatValue(change.after),
    }));
}
