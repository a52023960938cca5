import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

export class TransferOwnershipInput {
  @ApiProperty({ format: 'uuid', description: 'User id of the active member who becomes owner' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsUUID('all')
  userId: string;
}
