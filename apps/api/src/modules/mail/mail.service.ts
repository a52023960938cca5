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
  /** The workspace the email is about; omitted for emails about the account (welcome). */
  workspaceId?: string | null;
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
        workspaceId: email.workspaceId ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = result.raw[0] as { id: string } | undefined;
    return row?.id ?? null;
  }

  /** After the commit that wrote the email; never throws. */
  async dispatch(emailId: string | null): Promise<void> {
    if (!emailId) return;
    try {
      // the job carries the workspace for the failed-jobs page: callers pass only the id
      const email = await this.emails.findOne({
        select: { id: true, workspaceId: true },
        where: { id: emailId },
      });
      await this.enqueue(emailId, email?.workspaceId ?? null);
    } catch (error) {
      this.couldNotEnqueue(emailId, error);
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
      select: { id: true, workspaceId: true },
      where: { status: 'pending' },
      order: { createdAt: 'ASC' },
      take: 1000,
    });
    for (const { id, workspaceId } of pending) {
      try {
        await this.enqueue(id, workspaceId);
      } catch (error) {
        this.couldNotEnqueue(id, error);
      }
    }
  }

  private async enqueue(emailId: string, workspaceId: string | null): Promise<void> {
    const payload: SendEmailPayload = { emailId, ...(workspaceId && { workspaceId }) };
    await this.queue.enqueue(SEND_EMAIL_JOB, payload, { jobId: `email-${emailId}` });
  }

  private couldNotEnqueue(emailId: string, error: unknown): void {
    // the outbox row stays pending and is picked up again at the next start-up
    this.logger.warn(`could not enqueue email ${emailId}: ${(error as Error).message}`);
  }

  async recent(limit: number): Promise<EmailEntity[]> {
    return this.emails.find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
