import {
  periodIsoWeeks,
  type DashboardResponse,
  type Period,
  type ThroughputWeek,
  type WorkloadRow,
} from '@relais/domain';

/** Tasks completed in one ISO week of the period, as the completions query returns them. */
export interface CompletionsRow {
  /** ISO week `YYYY-Www` of the completion date in the workspace's time zone. */
  week: string;
  completed: number;
  /** Of those, how many had a due date. */
  measured: number;
  /** Of those, how many were completed on or before their due day. */
  on_time: number;
}

/** On-time counts of the projects completed in the period. */
export interface ProjectsRow {
  measured: number;
  on_time: number;
}

export interface WorkloadQueryRow {
  user_id: string;
  name: string;
  open_tasks: number;
  minutes_next_7_days: number;
  weekly_capacity_hours: number | string | null;
}

export interface DashboardFigures {
  period: Period;
  completions: readonly CompletionsRow[];
  tasksOverdue: number;
  projects: ProjectsRow;
  workload: readonly WorkloadQueryRow[];
}

/** A share between 0 and 1; null (not 0) when there is nothing to rate. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Every ISO week of the period in order, zeros included. */
export function toThroughput(period: Period, rows: readonly CompletionsRow[]): ThroughputWeek[] {
  const counts = new Map(rows.map((row) => [row.week, Number(row.completed)]));
  return periodIsoWeeks(period.from, period.to).map((week) => ({
    week,
    completed: counts.get(week) ?? 0,
  }));
}

/** Hours to two decimals: 100 minutes read 1.67, not 1.6666666666666667. */
function minutesToHours(minutes: number): number {
  return Math.round((Number(minutes) / 60) * 100) / 100;
}

export function toWorkloadRow(row: WorkloadQueryRow): WorkloadRow {
  return {
    userId: row.user_id,
    name: row.name,
    openTasks: Number(row.open_tasks),
    estimatedHoursNext7Days: minutesToHours(row.minutes_next_7_days),
    // a member without a declared capacity reads 0 rather than breaking the number type
    weeklyCapacityHours: row.weekly_capacity_hours === null ? 0 : Number(row.weekly_capacity_hours),
  };
}

export function toDashboardResponse(figures: DashboardFigures): DashboardResponse {
  const sum = (field: 'completed' | 'measured' | 'on_time'): number =>
    figures.completions.reduce((total, row) => total + Number(row[field]), 0);
  return {
    period: {
      from: figures.period.from,
      to: figures.period.to,
      timeZone: figures.period.timeZone,
    },
    tasksCompleted: sum('completed'),
    tasksOverdue: Number(figures.tasksOverdue),
    onTimeRate: shareOf(sum('on_time'), sum('measured')),
    projectsOnTimeRate: shareOf(
      Number(figures.projects.on_time),
      Number(figures.projects.measured),
    ),
    throughput: toThroughput(figures.period, figures.completions),
    workload: figures.workload.map(toWorkloadRow),
  };
}
