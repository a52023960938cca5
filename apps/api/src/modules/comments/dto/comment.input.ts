import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';

export const COMMENT_MAX_LENGTH = 10_000;

export class CreateCommentInput {
  @ApiProperty({
    example: 'Done, @camille.durand can you review?',
    description: 'Members are mentioned with @First.Last, @First Last or a unique @First',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  body: string;
}

export class ListCommentsQuery extends PageQuery {}
