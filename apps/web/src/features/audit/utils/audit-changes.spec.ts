import { describe, expect, it } from 'vitest';
import { fieldChanges, formatValue, recordName } from './audit-changes';

describe('audit changes', () => {
  it('names the record by its title, name or email, after the change first', () => {
    expect(recordName({ title: { before: 'Old', after: 'New' } })).toBe('New');
    expect(recordName({ name: { before: 'Gone', after: null } })).toBe('Gone');
    expect(recordName({ status: { before: 'todo', after: 'done' } })).toBeNull();
  });

  it('shows values briefly', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue([])).toBe('—');
    expect(formatValue(3)).toBe('3');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue('line one\nline two')).toBe('line one line two');
    expect(formatValue('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('lists each changed field with its before and after', () => {
    expect(fieldChanges({ status: { before: 'todo', after: 'done' } })).toEqual([
      { field: 'status', before: 'todo', after: 'done' },
    ]);
  });

  it('leaves out fields the event lists without an after', () => {
    const changes = JSON.parse(
      '{"title":{"before":"Support"},"status":{"before":"proposed","after":"decided"}}',
    );
    expect(fieldChanges(changes).map((c) => c.field)).toEqual(['status']);
  });
});
