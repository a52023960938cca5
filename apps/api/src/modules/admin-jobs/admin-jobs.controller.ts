import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { AdminJobsService } from './admin-jobs.service';
import { PageQuery } from '../../common/http/pagination';

@ApiTags('admin')
@Controller('workspaces/:ws/admin')
export class AdminJobsController {
  constructor(private readonly adminJobs: AdminJobsService) {}

  @Get('failed-jobs')
  @RequirePermission('audit.view')
  @ApiOperation({ summary: 'Background jobs of the workspace that failed for good, newest first' })
  failedJobs(@CurrentMember() member: WorkspaceMember, @Query() query: PageQuery) {
    return this.adminJobs.failedJobs(member, query);
  }
}
