import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '@relais/domain';
import {
  computeMove,
  findColumn,
  nextPositionInColumn,
  POSITION_STEP,
  positionBetween,
  positionForIndex,
  toColumns,
} from './board-position';

const card = (id: string, position: number, status: TaskStatus = 'todo') => ({
  id,
  position,
  status,
});

describe('board positions', () => {
  it('puts a card between its neighbours, before the first or after the last', () => {
    expect(positionBetween(1024, 2048)).toBe(1536);
    expect(positionBetween(undefined, 1024)).toBe(1024 - POSITION_STEP);
    expect(positionBetween(2048, undefined)).toBe(2048 + POSITION_STEP);
    expect(positionBetween(undefined, undefined)).toBe(POSITION_STEP);
  });

  it('computes the position of a drop at any index of a column', () => {
    // unsorted on purpose: the column is read in board order
    const column = [card('c', 3000), card('a', 1000), card('b', 2000)];
    expect(positionForIndex(column, 0)).toBe(1000 - POSITION_STEP);
    expect(positionForIndex(column, 1)).toBe(1500);
    expect(positionForIndex(column, 2)).toBe(2500);
    expect(positionForIndex(column, 3)).toBe(3000 + POSITION_STEP);
    expect(positionForIndex(column, 99)).toBe(3000 + POSITION_STEP);
    expect(positionForIndex([], 0)).toBe(POSITION_STEP);
  });

  it('keeps halving without colliding across many moves to the same place', () => {
    let column = [card('a', 1), card('b', 2)];
    for (let i = 0; i < 30; i += 1) {
      const position = positionForIndex(column, 1);
      expect(position).toBeGreaterThan(column[0].position);
      expect(position).toBeLessThan(column[1].position);
      column = [column[0], card(`n${i}`, position)];
    }
  });

  it('places a new card after the last of its column', () => {
    expect(nextPositionInColumn([])).toBe(POSITION_STEP);
    expect(nextPositionInColumn([card('a', 5), card('b', -3)])).toBe(5 + POSITION_STEP);
  });

  it('groups card ids by status, in position order', () => {
    const columns = toColumns([
      card('b', 2, 'todo'),
      card('d', 1, 'done'),
      card('a', 1, 'todo'),
      card('c', 1, 'in_review'),
    ]);
    expect(columns).toEqual({ todo: ['a', 'b'], in_progress: [], in_review: ['c'], done: ['d'] });
    expect(findColumn(columns, 'c')).toBe('in_review');
    expect(findColumn(columns, 'in_progress')).toBe('in_progress');
    expect(findColumn(columns, 'nope')).toBeUndefined();
  });

  describe('computeMove', () => {
    const tasks = [
      card('a', 1000),
      card('b', 2000),
      card('c', 3000),
      card('x', 1000, 'in_progress'),
    ];

    it('moves within a column, ignoring the moved card itself', () => {
      // a to the bottom: after c
      expect(computeMove(tasks, 'a', 'todo', 2)).toEqual({
        taskId: 'a',
        status: 'todo',
        position: 3000 + POSITION_STEP,
      });
      // c to the top
      expect(computeMove(tasks, 'c', 'todo', 0)).toEqual({
        taskId: 'c',
        status: 'todo',
        position: 1000 - POSITION_STEP,
      });
    });

    it('moves to another column, between its cards', () => {
      expect(computeMove(tasks, 'b', 'in_progress', 0)).toEqual({
        taskId: 'b',
        status: 'in_progress',
        position: 1000 - POSITION_STEP,
      });
      expect(computeMove(tasks, 'b', 'done', 0)).toEqual({
        taskId: 'b',
        status: 'done',
        position: POSITION_STEP,
      });
    });

    it('says nothing changed when the card is dropped where it was', () => {
      expect(computeMove(tasks, 'b', 'todo', 1)).toBeNull();
      expect(computeMove(tasks, 'missing', 'todo', 0)).toBeNull();
    });
  });
});
