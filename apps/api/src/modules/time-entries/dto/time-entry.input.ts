import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CSV_SEPARATOR_NAMES, MAX_ENTRY_MINUTES, type CsvSeparatorName } from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';
import {
  IsCalendarDate,
  IsInstant,
  IsOptionalNotNull,
  lowerCase,
  toBoolean,
  trim,
} from './validators';

export const NOTE_MAX_LENGTH = 2000;
export const MAX_BULK_APPROVE = 200;

export class CreateTimeEntryInput {
  @ApiProperty({ format: 'uuid', description: 'A task you can view' })
  @Transform(lowerCase)
  @IsUUID('all')
  taskId: string;

  @ApiProperty({
    description: 'When the work started: an ISO 8601 instant with its offset, not in the future',
    example: '2026-03-02T09:30:00+01:00',
  })
  @IsString()
  @IsInstant()
  startedAt: string;

  @ApiProperty({ minimum: 1, maximum: MAX_ENTRY_MINUTES })
  @IsInt()
  @Min(1)
  @Max(MAX_ENTRY_MINUTES)
  minutes: number;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNotNull()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH, default: '' })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

/** Only your own entries, until they are approved; `minutes` only once the timer has stopped. */
export class UpdateTimeEntryInput {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @Transform(lowerCase)
  @IsUUID('all')
  taskId?: string;

  @ApiPropertyOptional({ example: '2026-03-02T09:30:00+01:00' })
  @IsOptionalNotNull()
  @IsString()
  @IsInstant()
  startedAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ENTRY_MINUTES })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_ENTRY_MINUTES)
  minutes?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

export class StartTimerInput {
  @ApiProperty({ format: 'uuid', description: 'A task you can view' })
  @Transform(lowerCase)
  @IsUUID('all')
  taskId: string;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNotNull()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH, default: '' })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

export class ApproveTimeEntriesInput {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_BULK_APPROVE })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((id) => lowerCase({ value: id })) : value,
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_APPROVE)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];
}

/** Filters shared by the list and the CSV export. `from`/`to` are dates in the workspace zone. */
export class TimeEntriesFilter {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Someone's user id (a VA may only ask for her own)",
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  memberId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Entries starting on or after this day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Entries starting before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  clientId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  approved?: boolean;
}

export class ListTimeEntriesQuery extends IntersectionType(PageQuery, TimeEntriesFilter) {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only the entries of this task (one you can view, else 404)',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  taskId?: string;
}

export class ExportTimeEntriesQuery extends TimeEntriesFilter {
  @ApiPropertyOptional({
    enum: CSV_SEPARATOR_NAMES,
    default: 'comma',
    description: '`semicolon` for spreadsheets in French',
  })
  @IsOptional()
  @IsIn(CSV_SEPARATOR_NAMES)
  separator?: CsvSeparatorName;
}
