import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  lowerCase,
  trim,
} from '../../time-entries/dto/validators';

export const TITLE_MAX_LENGTH = 200;
export const MAX_KEY_RESULTS = 20;
/** Key-result values are measures (revenue, counts, rates): finite and within reason. */
const VALUE_LIMIT = 1e15;

const IsValue = (): PropertyDecorator => (target, key) => {
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  Min(-VALUE_LIMIT)(target, key);
  Max(VALUE_LIMIT)(target, key);
};

export class NewKeyResultInput {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Clients actifs' })
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;

  @ApiProperty({ example: 10 })
  @IsValue()
  start: number;

  @ApiProperty({ example: 25 })
  @IsValue()
  target: number;

  @ApiProperty({ example: 12 })
  @IsValue()
  current: number;
}

/**
 * A key result in a PATCH: with the `id` of an existing one, only the fields sent change; without
 * one, a new key result (every field then required).
 */
export class KeyResultInput {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @Transform(lowerCase)
  @IsUUID('all')
  id?: string;

  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsValue()
  start?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsValue()
  target?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsValue()
  current?: number;
}

export class CreateObjectiveInput {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Doubler les clients récurrents' })
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title: string;

  @ApiProperty({ format: 'date', example: '2026-04-01' })
  @IsCalendarDate()
  periodStart: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Last day, included' })
  @IsCalendarDate()
  periodEnd: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'A member of the workspace (default: you)',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  ownerId?: string | null;

  @ApiPropertyOptional({ type: [NewKeyResultInput], maxItems: MAX_KEY_RESULTS })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_KEY_RESULTS)
  @ValidateNested({ each: true })
  @Type(() => NewKeyResultInput)
  keyResults?: NewKeyResultInput[];
}

/**
 * Everything optional. `keyResults`, when sent, is the whole list in order: existing ones are
 * kept by id, new ones created, missing ones deleted. A member who may only update progress
 * (an OBM) may change nothing but the `current` of existing key results.
 */
export class UpdateObjectiveInput {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  periodStart?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  periodEnd?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  ownerId?: string | null;

  @ApiPropertyOptional({ type: [KeyResultInput], maxItems: MAX_KEY_RESULTS })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_KEY_RESULTS)
  @ValidateNested({ each: true })
  @Type(() => KeyResultInput)
  keyResults?: KeyResultInput[];
}

export class ObjectivesFilter {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Objectives still running on this day or later',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Objectives starting before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ListObjectivesQuery extends IntersectionType(PageQuery, ObjectivesFilter) {}
