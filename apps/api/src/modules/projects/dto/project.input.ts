import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PROJECT_STATUSES, type ProjectStatus } from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';

export const MAX_PROJECT_MEMBERS = 100;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Ids are compared as strings once validated, so they are normalised to lower case. */
const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value.toLowerCase()
    : Array.isArray(value)
      ? value.map((v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v))
      : value;

/** May be left out, but not null: the column has no null. */
const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30), never a time. */
function IsCalendarDate(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true }, { message: `${String(key)} must be a date YYYY-MM-DD` })(
      target,
      key,
    );
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${String(key)} must be a date YYYY-MM-DD` })(
      target,
      key,
    );
  };
}

export class CreateProjectInput {
  @ApiProperty({ format: 'uuid', description: 'A client of the workspace, in your scope' })
  @Transform(lowerCase)
  @IsUUID('all')
  clientId: string;

  @ApiProperty({ example: 'Lancement de la boutique' })
  @Transform(trim)
  @IsString()
  @Length(1, 160)
  name: string;

  @ApiPropertyOptional({ default: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'User id of an active member who may see the client; the creator by default',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  ownerId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, example: '2026-12-01' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'On or after startDate' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES, default: 'planned' })
  @OptionalNotNull()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'User ids of the project members: active members who may see the client',
  })
  @OptionalNotNull()
  @Transform(lowerCase)
  @IsArray()
  @ArrayMaxSize(MAX_PROJECT_MEMBERS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}

/**
 * Every field optional; those without null in the database stay non-null. `memberIds` replaces
 * the whole set. (PartialType would let null through for every field.)
 */
export class UpdateProjectInput extends OmitType(CreateProjectInput, [
  'clientId',
  'name',
] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Moves the project and its tasks' })
  @OptionalNotNull()
  @Transform(lowerCase)
  @IsUUID('all')
  clientId?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 160)
  name?: string;
}

export class ListProjectsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  clientId?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived?: boolean;
}
