import type { FieldError } from '../../common/http/validation';
import type { KeyResultInput } from './dto/objective.input';

/** A key result as stored. */
export interface StoredKeyResult {
  id: string;
  title: string;
  start: number;
  target: number;
  current: number;
  position: number;
}

export type KeyResultValues = Omit<StoredKeyResult, 'id'>;

/** What a PATCH's `keyResults` list does to the key results of an objective. */
export interface KeyResultPlan {
  /** 400s, by field (`keyResults.2.title`). */
  errors: FieldError[];
  /** Existing key results whose values change, with their new values (position included). */
  updated: StoredKeyResult[];
  created: KeyResultValues[];
  deletedIds: string[];
  /** Whether anything but `current` changes: that needs `objectives.manage`. */
  structural: boolean;
  changed: boolean;
}

/**
 * Reads the list sent as the whole new list in order: items with the id of an existing key
 * result update it (fields not sent keep their value), items without an id are new (every value
 * required), and key results left out are deleted. Positions follow the order sent.
 */
export function planKeyResults(
  existing: readonly StoredKeyResult[],
  items: readonly KeyResultInput[],
): KeyResultPlan {
  const byId = new Map(existing.map((kr) => [kr.id, kr]));
  const plan: KeyResultPlan = {
    errors: [],
    updated: [],
    created: [],
    deletedIds: [],
    structural: false,
    changed: false,
  };
  const seen = new Set<string>();
  items.forEach((item, position) => {
    const field = `keyResults.${position}`;
    if (item.id !== undefined) {
      const current = byId.get(item.id);
      if (!current || seen.has(item.id)) {
        const why = current ? 'appears twice' : 'is not a key result of this objective';
        plan.errors.push({ field: `${field}.id`, errors: [`id ${why}`] });
        return;
      }
      seen.add(item.id);
      const next: StoredKeyResult = {
        id: current.id,
        title: item.title ?? current.title,
        start: item.start ?? current.start,
        target: item.target ?? current.target,
        current: item.current ?? current.current,
        position,
      };
      const structural =
        next.title !== current.title ||
        next.start !== current.start ||
        next.target !== current.target ||
        next.position !== current.position;
      if (structural || next.current !== current.current) plan.updated.push(next);
      plan.structural ||= structural;
      return;
    }
    const missing = (['title', 'start', 'target', 'current'] as const).filter(
      (key) => item[key] === undefined,
    );
    if (missing.length > 0) {
      for (const key of missing) {
        plan.errors.push({
          field: `${field}.${key}`,
          errors: [`${key} is required for a new key result`],
        });
      }
      return;
    }
    plan.created.push({
      title: item.title as string,
      start: item.start as number,
      target: item.target as number,
      current: item.current as number,
      position,
    });
  });
  plan.deletedIds = existing.filter((kr) => !seen.has(kr.id)).map((kr) => kr.id);
  plan.structural ||= plan.created.length > 0 || plan.deletedIds.length > 0;
  plan.changed = plan.structural || plan.updated.length > 0;
  return plan;
}
