import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, ValidateBy, buildMessage } from 'class-validator';
import { isCalendarDate } from '@relais/domain';

/** A calendar date `YYYY-MM-DD`, or empty for "not given" (as resolvePeriod reads it). */
function IsCalendarDateOrEmpty() {
  return ValidateBy({
    name: 'isCalendarDateOrEmpty',
    validator: {
      validate: (value: unknown) => value === '' || isCalendarDate(value),
      defaultMessage: buildMessage((each) => `${each}$property must be a calendar date YYYY-MM-DD`),
    },
  });
}

/** `?from=&to=&clientId=` of the dashboard: a period `[from, to)` of calendar dates. */
export class DashboardQuery {
  @ApiPropertyOptional({
    format: 'date',
    description: "First day of the period, included (workspace's time zone). Default: to - 31 days",
    example: '2026-03-01',
  })
  @IsOptional()
  @IsString()
  @IsCalendarDateOrEmpty()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Day after the period, excluded. Default: tomorrow (the period ends today)',
    example: '2026-04-01',
  })
  @IsOptional()
  @IsString()
  @IsCalendarDateOrEmpty()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this client (within your scope)' })
  @IsOptional()
  @IsUUID('all')
  clientId?: string;
}
