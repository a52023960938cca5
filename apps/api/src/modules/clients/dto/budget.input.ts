import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsMonthKey } from '../../time-entries/dto/validators';

/** The largest revenue accepted for a month: 100 billion in the currency, in cents. */
export const MAX_REVENUE_CENTS = 10_000_000_000_000;

export class BudgetsQuery {
  @ApiPropertyOptional({
    description: 'The month measured, YYYY-MM (default: the current month, workspace time zone)',
    example: '2026-03',
  })
  @IsOptional()
  @IsString()
  @IsMonthKey()
  month?: string;
}

export class RecordRevenueInput {
  @ApiProperty({
    description: "The client's revenue that month, in cents (base of the commission)",
    minimum: 0,
    maximum: MAX_REVENUE_CENTS,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_REVENUE_CENTS)
  revenueCents: number;
}
