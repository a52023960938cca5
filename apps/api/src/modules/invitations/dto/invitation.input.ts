import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { normalizeEmail, ROLES, type Role } from '@relais/domain';
import { PageQuery } from '../../../common/http/pagination';
import { ClientScopeProperty } from '../../members/dto/member.input';

export class CreateInvitationInput {
  @ApiProperty({ example: 'lea@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES, description: 'A role your own role may grant' })
  @IsIn(ROLES)
  role: Role;

  @ClientScopeProperty()
  clientIds?: string[];
}

export class ListInvitationsQuery extends PageQuery {}
