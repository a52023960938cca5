import { planKeyResults, type StoredKeyResult } from './key-result-plan';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const UNKNOWN = '00000000-0000-4000-8000-0000000000ff';

const existing: StoredKeyResult[] = [
  { id: A, title: 'Clients', start: 10, target: 20, current: 12, position: 0 },
  { id: B, title: 'NPS', start: 30, target: 50, current: 30, position: 1 },
];

describe('planKeyResults', () => {
  it('sees a change of current only as progress, not structure', () => {
    const plan = planKeyResults(existing, [{ id: A, current: 15 }, { id: B }]);
    expect(plan).toMatchObject({ errors: [], structural: false, changed: true, created: [] });
    expect(plan.updated).toEqual([{ ...existing[0], current: 15 }]);
    expect(plan.deletedIds).toEqual([]);
  });

  it('takes the same values sent back as no change at all', () => {
    const plan = planKeyResults(existing, existing);
    expect(plan).toMatchObject({ changed: false, structural: false, updated: [] });
  });

  it.each([
    ['a new title', [{ id: A, title: 'Clients actifs' }, { id: B }]],
    ['a new target', [{ id: A, target: 25 }, { id: B }]],
    ['a new start', [{ id: A, start: 0 }, { id: B }]],
    ['another order', [{ id: B }, { id: A }]],
    ['a deletion', [{ id: A }]],
    ['an addition', [{ id: A }, { id: B }, { title: 'CA', start: 0, target: 1, current: 0 }]],
  ])('sees %s as structural', (_label, items) => {
    const plan = planKeyResults(existing, items);
    expect(plan.errors).toEqual([]);
    expect(plan).toMatchObject({ structural: true, changed: true });
  });

  it('creates items without an id, in the order sent, and deletes what is left out', () => {
    const plan = planKeyResults(existing, [
      { title: 'CA', start: 0, target: 100, current: 5 },
      { id: B, current: 40 },
    ]);
    expect(plan.created).toEqual([{ title: 'CA', start: 0, target: 100, current: 5, position: 0 }]);
    expect(plan.updated).toEqual([{ ...existing[1], current: 40, position: 1 }]);
    expect(plan.deletedIds).toEqual([A]);
  });

  it('names the fields of bad items', () => {
    const plan = planKeyResults(existing, [
      { id: UNKNOWN, current: 1 },
      { id: A },
      { id: A },
      { title: 'CA', start: 0 },
    ]);
    expect(plan.errors).toEqual([
      { field: 'keyResults.0.id', errors: ['id is not a key result of this objective'] },
      { field: 'keyResults.2.id', errors: ['id appears twice'] },
      { field: 'keyResults.3.target', errors: ['target is required for a new key result'] },
      { field: 'keyResults.3.current', errors: ['current is required for a new key result'] },
    ]);
  });
});
