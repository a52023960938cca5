import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import {
  DECISION_DOMAINS,
  DECISION_LINK_TYPES,
  DECISION_OUTCOMES,
  DECISION_STATUSES,
  MAX_DECISION_OPTIONS,
  type DecisionDomain,
  type DecisionLinkType,
  type DecisionOutcome,
  type DecisionStatus,
} from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';
import { ValidationFailedException } from '../../../common/http/validation';

/** `:entityType` of a link route: `project` or `task` (400 otherwise). */
@Injectable()
export class DecisionLinkTypePipe implements PipeTransform<string, DecisionLinkType> {
  transform(value: string): DecisionLinkType {
    if ((DECISION_LINK_TYPES as readonly string[]).includes(value)) {
      return value as DecisionLinkType;
    }
    throw new ValidationFailedException([
      {
        field: 'entityType',
        errors: [`entityType must be one of: ${DECISION_LINK_TYPES.join(', ')}`],
      },
    ]);
  }
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;
// ids are compared as strings: one spelling for every UUID
const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** May be left out, but not null: the column has no null. */
const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

export class CreateDecisionInput {
  @ApiProperty({ example: 'Passer le support client sur un outil de tickets' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ default: '', description: 'Why the decision is needed (markdown)' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  context?: string;

  @ApiProperty({
    enum: DECISION_DOMAINS,
    description: '`operations`: the ops director decides; `strategy`: the founder',
  })
  @IsIn(DECISION_DOMAINS)
  domain: DecisionDomain;

  @ApiPropertyOptional({ type: [String], description: 'The options weighed', default: [] })
  @OptionalNotNull()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_DECISION_OPTIONS)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  options?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description:
      'The client the decision concerns; none for the whole business (members limited to some clients must give one)',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  clientId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'A decided decision of the same domain that this one replaces once decided',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  supersedesId?: string | null;
}

/** Every field optional; only a proposed decision can be edited. */
export class UpdateDecisionInput {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  context?: string;

  @ApiPropertyOptional({ enum: DECISION_DOMAINS })
  @OptionalNotNull()
  @IsIn(DECISION_DOMAINS)
  domain?: DecisionDomain;

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(MAX_DECISION_OPTIONS)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  options?: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  clientId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  supersedesId?: string | null;
}

export class DecideInput {
  @ApiProperty({ enum: DECISION_OUTCOMES })
  @IsIn(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  @ApiPropertyOptional({ description: 'Why; required to reject' })
  @ValidateIf((input: DecideInput) => input.outcome === 'rejected' || input.rationale !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 5_000, { message: 'rationale is required to reject, at most 5000 characters' })
  rationale?: string;
}

export class CreateDecisionLinkInput {
  @ApiProperty({ enum: DECISION_LINK_TYPES })
  @IsIn(DECISION_LINK_TYPES)
  entityType: DecisionLinkType;

  @ApiProperty({ format: 'uuid', description: 'A project or task of the workspace you can see' })
  @Transform(lowerCase)
  @IsUUID('all')
  entityId: string;
}

export class ListDecisionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DECISION_STATUSES })
  @IsOptional()
  @IsIn(DECISION_STATUSES)
  status?: DecisionStatus;

  @ApiPropertyOptional({ enum: DECISION_DOMAINS })
  @IsOptional()
  @IsIn(DECISION_DOMAINS)
  domain?: DecisionDomain;
}
