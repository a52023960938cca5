import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG } from '../../config/config.module';
import { isEmbedded, type AppConfig } from '../../config/app-config';
import { Public } from '../../common/auth/public.decorator';
import { DEMO_USERS } from './demo-users';

@ApiTags('meta')
@Controller('meta')
export class MetaController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'How this instance runs; the demo logins in the embedded mode only' })
  meta() {
    const embedded = isEmbedded(this.config);
    return {
      mode: embedded ? 'embedded' : 'server',
      demoUsers: embedded && this.config.seedDemo ? DEMO_USERS : [],
    };
  }
}
