import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { EmailEntity } from './email.entity';
import { SEND_EMAIL_JOB, type SendEmailPayload } from './jobs/send-email.job';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  /** Same key, same email: the second one is not written (e.g. `reminder:<task>:<due>`). */
  dedupeKey?: string;
}

/**
 * Writes emails to the outbox and hands them to the `send-email` job. Requests never talk to SMTP.
 * Callers in a transaction pass its manager, then call `dispatch` once it has committed.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap {
  private readonly logger = new Logger('MailService');

  constructor(
    @InjectRepository(EmailEntity) private readonly emails: Repository<EmailEntity>,
    @Inject(JobQueue) private readonly queue: JobQueue,
  ) {}

  /** Writes the email; returns its id, or null when its dedupe key was already used. */
  async write(
    email: OutgoingEmail,
    manager: EntityManager = this.emails.manager,
  ): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(EmailEntity)
      .values({
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html ?? null,
        kind: email.kind,
        dedupeKey: email.dedupeKey ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = result.raw[0] as { id: string } | undefined;
    return row?.id ?? null;
  }

  async dispatch(emailId: string | null): Promise<void> {
    if (!emailId) return;
    const payload: SendEmailPayload = { emailId };
    try {
      await this.queue.enqueue(SEND_EMAIL_JOB, payload, { jobId: `email-${emailId}` });
    } catch (error) {
      // the outbox row stays pending and is picked up again at the next start-up
      this.logger.warn(`could not enqueue email ${emailId}: ${(error as Error).message}`);
    }
  }

  async send(email: OutgoingEmail): Promise<string | null> {
    const id = await this.write(email);
    await this.dispatch(id);
    return id;
  }

  /** Emails left pending by a process that stopped are queued again. */
  async onApplicationBootstrap(): Promise<void> {
    const pending = await this.emails.find({
      select: { id: true },
      where: { status: 'pending' },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    for (const { id } of pending) await this.dispatch(id);
  }

  async recent(limit: number): Promise<EmailEntity[]> {
    return this.emails.find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
