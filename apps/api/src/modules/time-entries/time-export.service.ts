import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  canSeeMoney,
  CSV_SEPARATOR_CHARS,
  InvalidPeriodError,
  resolvePeriod,
  todayIn,
  type Period,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { ValidationFailedException } from '../../common/http/validation';
import { CSV_BOM, csvLine, type CsvValue } from './csv';
import type { ExportTimeEntriesQuery } from './dto/time-entry.input';
import { entryAmountCents, entryCostCents, type TimeEntryRow } from './dto/time-entry.output';
import { SqlParams } from './sql-params';
import { visibleEntriesSql } from './time-entries.service';

/** Rows read and written at a time: memory stays flat whatever the period. */
const BATCH_SIZE = 500;

type ExportRow = Pick<
  TimeEntryRow,
  | 'id'
  | 'started_at'
  | 'minutes'
  | 'billable'
  | 'note'
  | 'approved_at'
  | 'client_name'
  | 'project_name'
  | 'task_title'
  | 'member_name'
  | 'hourly_rate_cents'
  | 'hourly_cost_cents'
> & { local_date: string; local_time: string };

/**
 * The CSV export of time entries: streamed in batches read by keyset, so a year of a team's
 * time never sits in memory; UTF-8 with a BOM; `;` and decimal commas for French spreadsheets.
 */
/** A CSV ready to stream: its lines are read from the database as the client takes them. */
export interface CsvDownload {
  filename: string;
  lines: Readable;
}

@Injectable()
export class TimeExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Checks the filters (403, 404, 400) before anything is sent, then streams the rows. */
  async export(member: WorkspaceMember, query: ExportTimeEntriesQuery): Promise<CsvDownload> {
    const period = toPeriod(query, member.timeZone);
    const p = new SqlParams();
    const where = visibleEntriesSql(member, { ...query, from: period.from, to: period.to }, p);
    const [{ currency }] = (await this.dataSource.query(
      'SELECT currency FROM workspaces WHERE id = $1',
      [member.workspaceId],
    )) as { currency: string }[];
    return {
      filename: `time-entries_${period.from}_${period.to}.csv`,
      lines: Readable.from(this.csvLines(member, query, where, p, currency)),
    };
  }

  private async *csvLines(
    member: WorkspaceMember,
    query: ExportTimeEntriesQuery,
    where: string,
    p: SqlParams,
    currency: string,
  ): AsyncGenerator<string> {
    const separator = CSV_SEPARATOR_CHARS[query.separator ?? 'comma'];
    const decimalMark = separator === ';' ? ',' : '.';
    const money = canSeeMoney(member);
    const header = ['date', 'start', 'client', 'project', 'task', 'member', 'minutes', 'billable'];
    header.push('approved', 'note');
    if (money) header.push(`amount_${currency}`, `cost_${currency}`);
    yield CSV_BOM + csvLine(header, separator);
    const tz = p.add(member.timeZone);
    const limit = p.add(BATCH_SIZE);
    let after: [Date, string] | null = null;
    for (;;) {
      const batchParams = [...p.values];
      const keyset = after
        ? `AND (te.started_at, te.id) > ($${batchParams.push(after[0])}, $${batchParams.push(after[1])}::uuid)`
        : '';
      const rows = (await this.dataSource.query(
        `SELECT te.id, te.started_at, te.minutes, te.billable, te.note, te.approved_at,
                c.name AS client_name, p.name AS project_name, t.title AS task_title,
                u.name AS member_name, c.hourly_rate_cents, m.hourly_cost_cents,
                to_char(te.started_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS local_date,
                to_char(te.started_at AT TIME ZONE ${tz}, 'HH24:MI') AS local_time
           FROM time_entries te
           JOIN users u ON u.id = te.user_id
           JOIN tasks t ON t.id = te.task_id
           JOIN projects p ON p.id = te.project_id
           JOIN clients c ON c.id = te.client_id
           LEFT JOIN memberships m ON m.workspace_id = te.workspace_id AND m.user_id = te.user_id
          WHERE ${where} AND te.minutes IS NOT NULL ${keyset}
          ORDER BY te.started_at, te.id
          LIMIT ${limit}`,
        batchParams,
      )) as ExportRow[];
      if (rows.length > 0) {
        yield rows
          .map((row) => {
            const values: CsvValue[] = [
              row.local_date,
              row.local_time,
              row.client_name,
              row.project_name,
              row.task_title,
              row.member_name,
              row.minutes,
              row.billable ? 'yes' : 'no',
              row.approved_at ? 'yes' : 'no',
              row.note,
            ];
            if (money) {
              values.push(
                decimal(entryAmountCents(row), decimalMark),
                decimal(entryCostCents(row), decimalMark),
              );
            }
            return csvLine(values, separator);
          })
          .join('');
      }
      if (rows.length < BATCH_SIZE) return;
      const last = rows[rows.length - 1];
      after = [last.started_at, last.id];
    }
  }
}

/** Cents as an amount with two decimals (`1234` reads `12.34`, or `12,34` for French). */
function decimal(cents: number | null, decimalMark: string): string | null {
  if (cents === null) return null;
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${decimalMark}${String(abs % 100).padStart(2, '0')}`;
}

/** The period asked for, the last 30 days by default; a bad `from` or `to` is a 400. */
function toPeriod(query: ExportTimeEntriesQuery, timeZone: string): Period {
  try {
    return resolvePeriod({ from: query.from, to: query.to }, todayIn(timeZone), timeZone);
  } catch (error) {
    if (error instanceof InvalidPeriodError) {
      throw new ValidationFailedException([{ field: error.field, errors: [error.message] }]);
    }
    throw error;
  }
}
