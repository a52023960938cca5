import type { Period } from '@relais/domain';
import {
  shareOf,
  toDashboardResponse,
  toThroughput,
  toWorkloadRow,
  type CompletionsRow,
} from './dto/dashboard.output';

const PERIOD: Period = { from: '2026-03-30', to: '2026-04-15', timeZone: 'Europe/Paris' };

describe('dashboard response', () => {
  it('a share is null, not 0, when there is nothing to rate', () => {
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(0, 3)).toBe(0);
    expect(shareOf(3, 4)).toBe(0.75);
  });

  it('lists every ISO week of the period in order, zero weeks included', () => {
    const rows: CompletionsRow[] = [{ week: '2026-W16', completed: 2, measured: 1, on_time: 1 }];
    expect(toThroughput(PERIOD, rows)).toEqual([
      { week: '2026-W14', completed: 0 },
      { week: '2026-W15', completed: 0 },
      { week: '2026-W16', completed: 2 },
    ]);
  });

  it('turns estimate minutes into hours to two decimals, and a missing capacity into 0', () => {
    expect(
      toWorkloadRow({
        user_id: 'u',
        name: 'Léa',
        open_tasks: 3,
        minutes_next_7_days: 100,
        weekly_capacity_hours: '17.50',
      }),
    ).toEqual({
      userId: 'u',
      name: 'Léa',
      openTasks: 3,
      estimatedHoursNext7Days: 1.67,
      weeklyCapacityHours: 17.5,
    });
    expect(
      toWorkloadRow({
        user_id: 'u',
        name: 'Léa',
        open_tasks: 0,
        minutes_next_7_days: 0,
        weekly_capacity_hours: null,
      }),
    ).toMatchObject({ estimatedHoursNext7Days: 0, weeklyCapacityHours: 0 });
  });

  it('adds the weeks up into the period figures', () => {
    const response = toDashboardResponse({
      period: PERIOD,
      completions: [
        { week: '2026-W14', completed: 3, measured: 2, on_time: 1 },
        { week: '2026-W15', completed: 1, measured: 1, on_time: 1 },
      ],
      tasksOverdue: 4,
      projects: { measured: 0, on_time: 0 },
      workload: [],
    });
    expect(response).toEqual({
      period: PERIOD,
      tasksCompleted: 4,
      tasksOverdue: 4,
      onTimeRate: 2 / 3,
      projectsOnTimeRate: null,
      throughput: [
        { week: '2026-W14', completed: 3 },
        { week: '2026-W15', completed: 1 },
        { week: '2026-W16', completed: 0 },
      ],
      workload: [],
    });
  });
});
