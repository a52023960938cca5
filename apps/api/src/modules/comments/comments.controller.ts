import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { CommentsService } from './comments.service';
import { CreateCommentInput, ListCommentsQuery } from './dto/comment.input';

@ApiTags('comments')
@Controller('workspaces/:ws/tasks/:id/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @RequirePermission('tasks.view')
  @ApiOperation({ summary: 'Comments of a task, oldest first' })
  list(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) taskId: string,
    @Query() query: ListCommentsQuery,
  ) {
    return this.comments.list(member, taskId, query);
  }

  @Post()
  @RequirePermission('comments.create')
  @ApiOperation({ summary: 'Comment on a task; @mentions are resolved to members' })
  create(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) taskId: string,
    @Body() input: CreateCommentInput,
  ) {
    return this.comments.create(member, taskId, input);
  }
}
