import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { JobQueue } from '../src/modules/jobs/job-queue';
import { SendEmailJob } from '../src/modules/mail/jobs/send-email.job';
import { MailService } from '../src/modules/mail/mail.service';
import { uniqueEmail } from './factories';
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
