import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { JobQueue } from '../src/modules/jobs/job-queue';
import { SendEmailJob } from '../src/modules/mail/jobs/send-email.job';
import { MailService } from '../src/modules/mail/mail.service';
import { createTestTask, createTestTeam, type TestTeam } from './background-factories';
import { createUser, uniqueEmail } from './factories';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait';

interface ReceivedMessage {
  from: string;
  to: string[];
  raw: string;
}

interface TestSmtpServer {
  port: number;
  received: ReceivedMessage[];
  /** Recipients the server refuses at RCPT TO, with a permanent 550. */
  rejected: Set<string>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const rejected = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address)) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface EmailRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

async function emailsTo(t: TestApp, address: string): Promise<EmailRow[]> {
  return t.dataSource.query(
    'SELECT id, status, attempts, last_error, sent_at FROM emails WHERE to_address = $1',
    [address],
  );
}

describe('mail over SMTP', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  const messagesTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  });

  afterAll(async () => {
    // the app closes its SMTP transport first, so the server has no connection left to wait for
    await t?.close();
    await smtp?.close();
  });

  it('delivers one welcome email on registration and marks it sent', async () => {
    const address = uniqueEmail('welcome');
    await request(t.http)
      .post('/api/auth/register')
      .send({ email: address, password: 'a long password', name: 'Camille' })
      .expect(201);

    const [sent] = await waitFor(
      async () => {
        const rows = await emailsTo(t, address);
        return rows.length === 1 && rows[0].status === 'sent' ? rows : undefined;
      },
      { what: 'the welcome email to be sent' },
    );
    expect(sent).toMatchObject({ attempts: 1, last_error: null });
    expect(sent.sent_at).not.toBeNull();
    const messages = messagesTo(address);
    expect(messages).toHaveLength(1);
    expect(messages[0].to).toEqual([address]);
    expect(messages[0].from).toBe('no-reply@relais.local');
    expect(messages[0].raw).toMatch(/^Subject: Bienvenue sur Relais \/ Welcome to Relais$/m);
    // a fixed Message-ID per outbox row: a redelivery after a crash is recognised as the same
    expect(messages[0].raw).toContain(`Message-ID: <${sent.id}@relais.local>`);
  });

  it('sends nothing more when the job runs again for an email already sent', async () => {
    const address = uniqueEmail('again');
    const mail = t.app.get(MailService);
    const emailId = await mail.send({
      to: address,
      subject: 'Once',
      text: 'Only once.',
      kind: 'test',
    });
    await waitFor(async () => (await emailsTo(t, address))[0]?.status === 'sent', {
      what: 'the email to be sent',
    });

    await t.app.get(SendEmailJob).handle({ emailId: emailId! }, { jobId: 'manual', attempt: 2 });

    expect(messagesTo(address)).toHaveLength(1);
    const [row] = await emailsTo(t, address);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('writes an email once per dedupe key', async () => {
    const mail = t.app.get(MailService);
    const address = uniqueEmail('dedupe');
    const dedupeKey = `reminder:${address}:2026-12-01`;
    const email = {
      to: address,
      subject: 'Reminder',
      text: 'Due tomorrow.',
      kind: 'test',
      dedupeKey,
    };

    const first = await mail.write(email);
    const second = await mail.write({ ...email, subject: 'Reminder, again' });

    expect(first).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(second).toBeNull();
    const rows = await t.dataSource.query('SELECT id, subject FROM emails WHERE dedupe_key = $1', [
      dedupeKey,
    ]);
    expect(rows).toEqual([{ id: first, subject: 'Reminder' }]);
  });

  it('keeps a refused email pending with its attempts and error, and fails its job', async () => {
    const address = uniqueEmail('refused');
    smtp.rejected.add(address);
    const emailId = await t.app
      .get(MailService)
      .send({ to: address, subject: 'Refused', text: 'Nobody home.', kind: 'test' });

    const queue = t.app.get(JobQueue);
    const failed = await waitFor(
      async () => (await queue.failedJobs(100)).find((job) => job.id === `email-${emailId}`),
      { what: 'the send-email job to fail' },
    );
    // five runs (the default attempts), 20 ms backoff in tests
    expect(failed).toMatchObject({ name: 'send-email', data: { emailId }, attempts: 5 });
    expect(failed.error).toMatch(/Mailbox unavailable/);
    const [row] = await emailsTo(t, address);
    expect(row).toMatchObject({ status: 'pending', attempts: 5, sent_at: null });
    expect(row.last_error).toMatch(/Mailbox unavailable/);
    expect(messagesTo(address)).toEqual([]);
  });

  it('has no development outbox once SMTP is set (404)', async () => {
    await request(t.http).get('/api/dev/outbox').expect(404);
  });

  describe('an email of a workspace that fails for good', () => {
    /** As the workspace's founder. */
    const post = (team: TestTeam, path: string, body: object) =>
      request(t.http)
        .post(`/api/workspaces/${team.workspace.id}${path}`)
        .auth(team.members.founder.token, { type: 'bearer' })
        .send(body)
        .expect(201);
    const failedJobsPage = (team: TestTeam) =>
      request(t.http)
        .get(`/api/workspaces/${team.workspace.id}/admin/failed-jobs?limit=100`)
        .auth(team.members.founder.token, { type: 'bearer' })
        .expect(200);

    /** Has the workspace write one email that the SMTP server refuses; returns its address. */
    const triggers: [string, (team: TestTeam) => Promise<string>][] = [
      [
        'an invitation to a new address',
        async (team) => {
          const address = uniqueEmail('invitee');
          smtp.rejected.add(address);
          await post(team, '/invitations', { email: address, role: 'va' });
          return address;
        },
      ],
      [
        'an invitation to an existing account',
        async (team) => {
          const { email } = await createUser(t.dataSource);
          smtp.rejected.add(email);
          await post(team, '/invitations', { email, role: 'va' });
          return email;
        },
      ],
      [
        'a task assignment',
        async (team) => {
          const va = team.members.va.user;
          smtp.rejected.add(va.email);
          await post(team, '/tasks', {
            projectId: team.project.id,
            title: 'Relancer',
            assigneeId: va.id,
          });
          return va.email;
        },
      ],
      [
        'a budget alert',
        async (team) => {
          await t.dataSource.query('UPDATE clients SET monthly_hours_budget = 1 WHERE id = $1', [
            team.client.id,
          ]);
          const { va, founder } = team.members;
          const task = await createTestTask(t.dataSource, team.project, { assigneeId: va.user.id });
          smtp.rejected.add(founder.user.email);
          // two hours on a one-hour budget
          await request(t.http)
            .post(`/api/workspaces/${team.workspace.id}/time-entries`)
            .auth(va.token, { type: 'bearer' })
            .send({
              taskId: task.id,
              startedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
              minutes: 120,
            })
            .expect(201);
          return founder.user.email;
        },
      ],
    ];

    it.each(triggers)(
      'is on the failed-jobs page of its workspace, not of another (%s)',
      async (_name, trigger) => {
        const team = await createTestTeam(t);
        const other = await createTestTeam(t);
        const rows = await emailsTo(t, await trigger(team));
        expect(rows).toHaveLength(1);
        const jobId = `email-${rows[0].id}`;
        await waitFor(
          async () => (await t.app.get(JobQueue).failedJobs(1000)).some((job) => job.id === jobId),
          { what: 'the send-email job to fail for good' },
        );

        const page = await failedJobsPage(team);
        expect(page.body.items).toContainEqual({
          id: jobId,
          name: 'send-email',
          data: { emailId: rows[0].id, workspaceId: team.workspace.id },
          attempts: 5,
          error: expect.stringMatching(/Mailbox unavailable/),
          failedAt: expect.any(String),
        });
        const elsewhere = await failedJobsPage(other);
        expect(elsewhere.body.items.map((item: { id: string }) => item.id)).not.toContain(jobId);
      },
    );
  });
});

describe('mail without SMTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SMTP_URL: undefined });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the email in the development outbox, without signing in', async () => {
    const address = uniqueEmail('outbox');
    await t.app
      .get(MailService)
      .send({ to: address, subject: 'Hello', text: 'Read me in the outbox.', kind: 'test' });
    await waitFor(async () => (await emailsTo(t, address))[0]?.status === 'sent', {
      what: 'the email to be logged',
    });

    const res = await request(t.http).get('/api/dev/outbox').expect(200);
    const item = res.body.items.find((i: { to: string }) => i.to === address);
    expect(item).toMatchObject({
      to: address,
      subject: 'Hello',
      text: 'Read me in the outbox.',
      kind: 'test',
      status: 'sent',
      sentAt: expect.any(String),
    });
  });
});
