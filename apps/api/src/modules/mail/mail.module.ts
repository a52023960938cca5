import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { EmailEntity } from './email.entity';
import { LogTransport, MailTransport, SmtpTransport } from './mail-transport';
import { MailService } from './mail.service';
import { SendEmailJob } from './jobs/send-email.job';
import { OutboxController } from './outbox.controller';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EmailEntity])],
  controllers: [OutboxController],
  providers: [
    MailService,
    SendEmailJob,
    {
      provide: MailTransport,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.smtpUrl ? new SmtpTransport(config.smtpUrl) : new LogTransport(),
    },
  ],
  exports: [MailService],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MailTransport) private readonly transport: MailTransport) {}

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
