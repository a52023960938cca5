import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@relais/domain';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UsersService } from './users.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user and their active memberships' })
  async me(@CurrentUser() caller: AuthenticatedUser): Promise<MeResponse> {
    const me = await this.users.profile(caller.userId);
    if (!me) throw new NotFoundException('This account no longer exists');
    return me;
  }
}
