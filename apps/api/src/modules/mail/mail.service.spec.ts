import type { Repository } from 'typeorm';
import { InProcessQueue } from '../jobs/in-process-queue';
import type { EmailEntity } from './email.entity';
import { SEND_EMAIL_JOB } from './jobs/send-email.job';
import { MailService } from './mail.service';

describe('MailService at start-up', () => {
  it('queues the pending emails again, each with its workspace when it has one', async () => {
    const queue = new InProcessQueue(1, true);
    const runs: unknown[] = [];
    queue.register(SEND_EMAIL_JOB, async (data) => void runs.push(data));
    await queue.start();
    // the outbox rows the start-up query finds
    const emails = {
      find: async () => [
        { id: 'email-of-a-workspace', workspaceId: 'workspace-1' },
        { id: 'welcome-email', workspaceId: null },
      ],
    } as unknown as Repository<EmailEntity>;

    await new MailService(emails, queue).onApplicationBootstrap();
    for (let i = 0; i < 200 && runs.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    await queue.close();

    expect(runs).toEqual([
      { emailId: 'email-of-a-workspace', workspaceId: 'workspace-1' },
      { emailId: 'welcome-email' },
    ]);
  });
});
