import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import {
  CSV_SEPARATOR_NAMES,
  isCalendarDate,
  parseInstant,
  type CsvSeparatorName,
} from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';

// ids are compared as strings: one spelling for every UUID
const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** A calendar date `YYYY-MM-DD` (a day in the workspace's time zone) or an instant with offset. */
function IsDateOrInstant(): PropertyDecorator {
  return ValidateBy({
    name: 'isDateOrInstant',
    validator: {
      validate: (value: unknown) => isCalendarDate(value) || parseInstant(value) !== null,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must be a date YYYY-MM-DD or an ISO 8601 instant with its offset`,
    },
  });
}

export class ListAuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did (user id)' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ example: 'task', description: 'Only events about this record type' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z_]{0,39}$/, { message: 'entityType must be a record type such as task' })
  entityType?: string;

  @ApiPropertyOptional({
    description:
      "Start of the period, included: a date (its start in the workspace's time zone) or an instant",
    example: '2026-03-01',
  })
  @IsOptional()
  @IsDateOrInstant()
  from?: string;

  @ApiPropertyOptional({
    description:
      'End of the period, excluded: a date (the period stops at its start) or an instant',
    example: '2026-04-01',
  })
  @IsOptional()
  @IsDateOrInstant()
  to?: string;
}

export class ExportAuditEventsQuery extends OmitType(ListAuditEventsQuery, [
  'limit',
  'cursor',
] as const) {
  @ApiPropertyOptional({
    enum: CSV_SEPARATOR_NAMES,
    default: 'comma',
    description: 'semicolon suits spreadsheets set to French',
  })
  @IsOptional()
  @IsIn(CSV_SEPARATOR_NAMES)
  separator?: CsvSeparatorName;
}
