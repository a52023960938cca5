import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  IDEA_STATUSES,
  MAX_FIRST_TASKS,
  TRIAGE_OUTCOMES,
  isCalendarDate,
  type IdeaStatus,
  type TriageOutcome,
} from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// ids are compared as strings: one spelling for every UUID
const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** May be left out, but not null: the column has no null. */
const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must be a calendar date YYYY-MM-DD`,
    },
  });
}

export class CreateIdeaInput {
  @ApiProperty({ example: 'Lancer un podcast' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ default: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  notes?: string;
}

export class TriageIdeaInput {
  @ApiProperty({ enum: TRIAGE_OUTCOMES })
  @IsIn(TRIAGE_OUTCOMES)
  outcome: TriageOutcome;

  @ApiPropertyOptional({ description: 'A word for the founder; required to decline' })
  @ValidateIf((input: TriageIdeaInput) => input.outcome === 'declined' || input.note !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 2_000, { message: 'note is required to decline, at most 2000 characters' })
  note?: string;
}

export class FirstTaskInput {
  @ApiProperty({ example: 'Choisir le nom' })
  @Transform(trim)
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'An active member who works for the client',
  })
  @IsOptional()
  @Transform(lowerCase)
  @IsUUID('all')
  assigneeId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

export class ConvertIdeaInput {
  @ApiProperty({ format: 'uuid', description: 'The client the project is for' })
  @Transform(lowerCase)
  @IsUUID('all')
  clientId: string;

  @ApiPropertyOptional({ description: "The idea's title by default" })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 160)
  projectName?: string;

  @ApiPropertyOptional({ type: [FirstTaskInput], description: 'The first tasks of the project' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_FIRST_TASKS)
  @ValidateNested({ each: true })
  @Type(() => FirstTaskInput)
  tasks?: FirstTaskInput[];
}

export class ListIdeasQuery extends PageQuery {
  @ApiPropertyOptional({ enum: IDEA_STATUSES })
  @IsOptional()
  @IsIn(IDEA_STATUSES)
  status?: IdeaStatus;
}
