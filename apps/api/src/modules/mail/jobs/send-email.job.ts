import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue, type JobContext } from '../../jobs/job-queue';
import { EmailEntity } from '../email.entity';
import { MailTransport } from '../mail-transport';

export const SEND_EMAIL_JOB = 'send-email';

export interface SendEmailPayload {
  emailId: string;
  /** The email's workspace, when it has one: that workspace's failed-jobs page lists the job. */
  workspaceId?: string;
}

/** Delivers one outbox email. Running it twice sends nothing the second time. */
@Injectable()
export class SendEmailJob implements OnModuleInit {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @InjectRepository(EmailEntity) private readonly emails: Repository<EmailEntity>,
    @Inject(MailTransport) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.register<SendEmailPayload>(SEND_EMAIL_JOB, (data, context) =>
      this.handle(data, context),
    );
  }

  async handle({ emailId }: SendEmailPayload, { attempt }: JobContext): Promise<void> {
    const email = await this.emails.findOneBy({ id: emailId });
    if (!email || email.status === 'sent') return;
    try {
      await this.transport.deliver({
        from: this.config.mailFrom,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody ?? undefined,
        messageId: `<${email.id}@relais.local>`,
      });
    } catch (error) {
      await this.emails.update(
        { id: emailId },
        { attempts: attempt, lastError: (error as Error).message.slice(0, 2000) },
      );
      throw error;
    }
    await this.emails.update(
      { id: emailId },
      { status: 'sent', sentAt: new Date(), attempts: attempt },
    );
  }
}
