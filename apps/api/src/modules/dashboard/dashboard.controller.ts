import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DashboardResponse } from '@relais/domain';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { DashboardService } from './dashboard.service';
import { DashboardQuery } from './dto/dashboard.input';

@ApiTags('dashboard')
@Controller('workspaces/:ws/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @RequirePermission('dashboard.view')
  @ApiOperation({
    summary: 'KPIs of the period in the workspace time zone (a VA gets her own figures only)',
  })
  get(
    @CurrentMember() member: WorkspaceMember,
    @Query() query: DashboardQuery,
  ): Promise<DashboardResponse> {
    return this.dashboard.get(member, query);
  }
}
