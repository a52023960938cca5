import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { ENGAGEMENTS, type Engagement } from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateClientInput {
  @ApiProperty({ example: 'Boutique Éclat' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ enum: ENGAGEMENTS, default: 'hourly' })
  @IsOptional()
  @IsIn(ENGAGEMENTS)
  engagement?: Engagement;

  @ApiPropertyOptional({ description: 'Cents per hour (money: founder and ops director only)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  hourlyRateCents?: number | null;

  @ApiPropertyOptional({ description: 'Cents per month (money)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  monthlyAmountCents?: number | null;

  @ApiPropertyOptional({ description: 'Hours per month the client pays for' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000)
  monthlyHoursBudget?: number | null;

  @ApiPropertyOptional({ description: 'Commission in percent (money)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  commissionPercent?: number | null;
}

/** Like creation, all optional; `name` and `engagement` cannot be cleared (null is refused). */
export class UpdateClientInput extends PartialType(CreateClientInput) {
  @ApiPropertyOptional()
  @ValidateIf((_input: object, value: unknown) => value !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  declare name?: string;

  @ApiPropertyOptional({ enum: ENGAGEMENTS })
  @ValidateIf((_input: object, value: unknown) => value !== undefined)
  @IsIn(ENGAGEMENTS)
  declare engagement?: Engagement;
}

export class ListClientsQuery extends PageQuery {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived?: boolean;
}

export const MONEY_FIELDS = ['hourlyRateCents', 'monthlyAmountCents', 'commissionPercent'] as const;
