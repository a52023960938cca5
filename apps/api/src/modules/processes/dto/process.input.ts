import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';
import { ValidationFailedException } from '../../../common/http/validation';

// the JSON body limit of the API (100 kB) is the other bound: accents take two bytes
export const BODY_MAX_LENGTH = 50_000;
const MAX_VERSION = 2_147_483_647;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// ids are compared as strings: one spelling for every UUID
const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value;
/** An empty category is no category. */
const category = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;

/** May be left out, but not null: the column has no null. */
const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

export class CreateProcessInput {
  @ApiProperty({ example: 'Publier la newsletter' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ nullable: true, example: 'Marketing' })
  @IsOptional()
  @Transform(category)
  @IsString()
  @MaxLength(80)
  category?: string | null;

  @ApiProperty({ description: 'Markdown; its list items are the steps of a task template' })
  @IsString()
  @MaxLength(BODY_MAX_LENGTH)
  body: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'User id of an active member; the author by default',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  ownerId?: string | null;
}

export class UpdateProcessInput {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(category)
  @IsString()
  @MaxLength(80)
  category?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @MaxLength(BODY_MAX_LENGTH)
  body?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  ownerId?: string | null;

  @ApiProperty({ description: 'The version you read; a stale one is refused (409)' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

export class ListProcessesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'Marketing' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  category?: string;

  @ApiPropertyOptional({ description: 'Words in the title or the body' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ProcessDiffQuery {
  @ApiProperty({ description: 'The older version' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  from: number;

  @ApiProperty({ description: 'The newer version' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  to: number;
}

export class CreateSuggestionInput {
  @ApiProperty({ example: 'L’étape 3 ne mentionne pas le nouvel outil.' })
  @Transform(trim)
  @IsString()
  @Length(1, 5_000)
  body: string;
}

export class CreateTaskTemplateInput {
  @ApiPropertyOptional({ description: "The process's title by default" })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ default: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  description?: string;
}

export class ListTaskTemplatesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the templates made from this process' })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  processId?: string;
}

/** `:version` of a route: a positive integer (400 otherwise). */
@Injectable()
export class VersionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const version = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (version >= 1 && version <= MAX_VERSION) return version;
    throw new ValidationFailedException([
      { field: 'version', errors: ['version must be a positive integer'] },
    ]);
  }
}
