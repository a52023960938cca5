import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ROLES, type Role } from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';

export const MAX_SCOPED_CLIENTS = 200;

/** May be left out, but not null: the column has no null. */
const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * `clientIds`: the clients a member is limited to, empty for all. Ids are compared as strings
 * once validated, so they are normalised to lower case. Also used by invitations.
 */
export function ClientScopeProperty(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: [String],
      format: 'uuid',
      description: 'Clients of the workspace the member is limited to; empty means every client',
    }),
    OptionalNotNull(),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? value.map((v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v))
        : value,
    ),
    IsArray(),
    ArrayMaxSize(MAX_SCOPED_CLIENTS),
    ArrayUnique(),
    IsUUID('all', { each: true, message: 'each of clientIds must be a UUID' }),
  );
}

export class ListMembersQuery extends PageQuery {
  @ApiPropertyOptional({ default: false, description: 'Also deactivated members (managers only)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeInactive?: boolean;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class UpdateMemberInput {
  @ApiPropertyOptional({ enum: ROLES })
  @OptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ClientScopeProperty()
  clientIds?: string[];

  @ApiPropertyOptional({ nullable: true, example: 'Assistante virtuelle' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  jobTitle?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Hours per week the member can work' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(168)
  weeklyCapacityHours?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Cost in cents per hour (money: founder and ops director only)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  hourlyCostCents?: number | null;

  @ApiPropertyOptional({ description: 'false deactivates the member, true brings them back' })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}
