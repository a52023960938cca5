import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { DATE_ORDERS, type DateOrder } from '@relais/domain';

/** The CSV column (its header, as written) for each task field. */
export class ImportMappingInput {
  @ApiProperty({ description: 'Column of the task title', example: 'Name' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ example: 'Description' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  description?: string;

  @ApiPropertyOptional({ example: 'Due Date' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  dueDate?: string;

  @ApiPropertyOptional({
    description: "Column of the assignee's email (an active member)",
    example: 'Assignee Email',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  assigneeEmail?: string;

  @ApiPropertyOptional({
    description: 'Column of the status (Done, In progress, À faire…; a date means done)',
    example: 'Status',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  status?: string;

  @ApiPropertyOptional({ description: 'Column of the priority (Low, High, Urgent…)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  priority?: string;
}

/** In a multipart form, `mapping` comes as JSON text. */
const mappingFromForm = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object'
      ? plainToInstance(ImportMappingInput, parsed)
      : value;
  } catch {
    return value;
  }
};

/**
 * POST /api/workspaces/:ws/imports, as JSON with the CSV text in `csv` (within the API's body
 * limit), or as multipart/form-data with the file in `file` (up to 5 MB) and `mapping` as JSON.
 */
export class CreateTaskImportInput {
  @ApiProperty({ format: 'uuid', description: 'The project the tasks go to' })
  @IsUUID()
  projectId: string;

  @ApiProperty({ type: ImportMappingInput })
  @Transform(mappingFromForm)
  @ValidateNested()
  @Type(() => ImportMappingInput)
  mapping: ImportMappingInput;

  @ApiPropertyOptional({ description: 'The CSV text (JSON requests); multipart sends `file`' })
  @IsOptional()
  @IsString()
  csv?: string;

  @ApiPropertyOptional({
    enum: DATE_ORDERS,
    default: 'dmy',
    description: 'How to read 03/04/2026: 3 April (dmy) or March 4 (mdy)',
  })
  @IsOptional()
  @IsIn(DATE_ORDERS)
  dateOrder?: DateOrder;
}
