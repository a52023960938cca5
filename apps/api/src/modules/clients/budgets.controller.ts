import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BudgetsResponse } from '@relais/domain';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { BudgetsService } from './budgets.service';
import { BudgetsQuery } from './dto/budget.input';

@ApiTags('budgets')
@Controller('workspaces/:ws/budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get()
  @RequirePermission('dashboard.viewTeam')
  @ApiOperation({
    summary:
      "Per client in the caller's scope: hours of the month against the budget, projection, and money for roles that may see it",
  })
  get(
    @CurrentMember() member: WorkspaceMember,
    @Query() query: BudgetsQuery,
  ): Promise<BudgetsResponse> {
    return this.budgets.forMonth(member, query);
  }
}
