import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TimerResponse } from '@relais/domain';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { TimersService } from './timers.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/timer')
export class MeTimerController {
  constructor(private readonly timers: TimersService) {}

  @Get()
  @ApiOperation({ summary: 'Your running timer, whichever workspace it runs in; null when none' })
  async current(
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<{ timer: TimerResponse | null }> {
    return { timer: await this.timers.current(caller.userId) };
  }
}
