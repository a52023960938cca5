import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ClientRevenueResponse } from '@relais/domain';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { BudgetsService } from './budgets.service';
import { RecordRevenueInput } from './dto/budget.input';
import { MonthPipe } from './month.pipe';

@ApiTags('budgets')
@Controller('workspaces/:ws/clients/:clientId/revenues')
export class RevenuesController {
  constructor(private readonly budgets: BudgetsService) {}

  @Put(':month')
  @RequirePermission('money.view')
  @ApiParam({ name: 'month', example: '2026-03' })
  @ApiOperation({
    summary:
      "Record a client's revenue for a month, base of its commission (a founder, or the owner if her role sees money)",
  })
  record(
    @CurrentMember() member: WorkspaceMember,
    @Param('clientId', UuidPipe) clientId: string,
    @Param('month', MonthPipe) month: string,
    @Body() input: RecordRevenueInput,
  ): Promise<ClientRevenueResponse> {
    return this.budgets.recordRevenue(member, clientId, month, input);
  }
}
