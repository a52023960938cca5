import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import {
  isCalendarDate,
  isTaskStatus,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskStatus,
} from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export const TITLE_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 20_000;
export const CHECKLIST_MAX_ITEMS = 100;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// ids are compared as strings in the policies: one spelling for every UUID
const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** Optional, but never null: for columns that cannot be empty (a PATCH may omit them). */
const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** A real calendar date `YYYY-MM-DD` (2023-02-29 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} must be a calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** Allowed only when the recurrence has the given frequency. */
function OnlyWithFrequency(frequency: (typeof RECURRENCE_FREQUENCIES)[number]): PropertyDecorator {
  return ValidateBy({
    name: 'onlyWithFrequency',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        value === undefined || (args?.object as RecurrenceInput).frequency === frequency,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} is only for a ${frequency} recurrence`,
    },
  });
}

/** A checklist item. Ids are the server's: new on creation, kept on PATCH when sent back. */
export class ChecklistItemInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'The id of an existing item (PATCH)' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'Schedule the newsletter' })
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;

  @ApiProperty({ default: false })
  @IsBoolean()
  done: boolean;
}

export class RecurrenceInput {
  @ApiProperty({ enum: RECURRENCE_FREQUENCIES })
  @IsIn(RECURRENCE_FREQUENCIES)
  frequency: (typeof RECURRENCE_FREQUENCIES)[number];

  @ApiPropertyOptional({
    type: [Number],
    description: 'ISO weekdays, 1 (Monday) to 7; weekly only',
  })
  @IsOptionalNotNull()
  @OnlyWithFrequency('weekly')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[];

  @ApiPropertyOptional({ minimum: 1, maximum: 31, description: 'Monthly only' })
  @IsOptionalNotNull()
  @OnlyWithFrequency('monthly')
  @IsInt()
  @Min(1)
  @Max(31)
  dayOfMonth?: number;
}

/**
 * The fields a task shares between creation and edition. Nullable ones take `null` to clear;
 * the others may be omitted but never set to null.
 */
class TaskFieldsInput {
  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'An active member' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ example: '2026-03-31', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, default: 'normal' })
  @IsOptionalNotNull()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  estimateMinutes?: number | null;

  @ApiPropertyOptional({ enum: TASK_STATUSES, default: 'todo' })
  @IsOptionalNotNull()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ type: [ChecklistItemInput], description: 'The whole checklist, in order' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(CHECKLIST_MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  checklist?: ChecklistItemInput[];

  @ApiPropertyOptional({ type: RecurrenceInput, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceInput)
  recurrence?: RecurrenceInput | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The SOP the task follows' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID()
  processId?: string | null;
}

export class CreateTaskInput extends TaskFieldsInput {
  @ApiProperty({ format: 'uuid' })
  @Transform(lowerCase)
  @IsUUID()
  projectId: string;

  @ApiProperty({ example: 'Write the launch email' })
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;
}

export class UpdateTaskInput extends TaskFieldsInput {
  @ApiProperty({ description: 'The version read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the task to another project' })
  @IsOptionalNotNull()
  @Transform(lowerCase)
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ description: 'Order in the status column of the board' })
  @IsOptionalNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1e12)
  @Max(1e12)
  position?: number;
}

/** `?status=todo,in_progress` or `?status=todo&status=done`. */
const toStatusList = ({ value }: { value: unknown }) => {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === 'string' ? v.split(',') : [v],
  );
  return parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '');
};

export class TaskStatusFilterQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'One status or several, comma-separated', example: 'todo' })
  @IsOptional()
  @Transform(toStatusList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TASK_STATUSES.length)
  @ValidateBy(
    {
      name: 'isTaskStatus',
      validator: {
        validate: (value: unknown) => isTaskStatus(value),
        defaultMessage: () => `each status must be one of: ${TASK_STATUSES.join(', ')}`,
      },
    },
    { each: true },
  )
  status?: TaskStatus[];

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Due strictly before this date' })
  @IsOptional()
  @IsCalendarDate()
  dueBefore?: string;
}

export class ListTasksQuery extends TaskStatusFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID()
  assigneeId?: string;
}

/** `GET /api/me/tasks`: the caller's tasks across workspaces. */
export class MyTasksQuery extends TaskStatusFilterQuery {}
