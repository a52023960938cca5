import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ROLES, type Role } from '@relais/domain';

export class CreateWorkspaceInput {
  @ApiProperty({ example: 'Atelier Martin' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ enum: ROLES, default: 'founder', description: "The creator's role" })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
