import { Controller, Get, NotFoundException, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { Public } from '../../common/auth/public.decorator';
import { MailService } from './mail.service';

/**
 * The development outbox: without SMTP, emails are only logged, so this page lets a developer
 * read them (invitation links included). It does not exist once SMTP_URL is set.
 */
@ApiTags('development')
@Controller('dev/outbox')
export class OutboxController {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'The last 50 emails (development only, without SMTP)' })
  async list() {
    if (this.config.smtpUrl || this.config.nodeEnv === 'production') throw new NotFoundException();
    const emails = await this.mail.recent(50);
    return {
      items: emails.map((e) => ({
        id: e.id,
        to: e.toAddress,
        subject: e.subject,
        text: e.textBody,
        kind: e.kind,
        status: e.status,
        createdAt: e.createdAt.toISOString(),
        sentAt: e.sentAt?.toISOString() ?? null,
      })),
    };
  }
}
