import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Fixed per outbox row: a redelivery after a crash is the same message to mail clients. */
  messageId?: string;
}

/** Where emails go: SMTP when SMTP_URL is set, the log otherwise (the outbox page shows them). */
export abstract class MailTransport {
  abstract deliver(message: MailMessage): Promise<void>;
  abstract close(): void;
}

export class SmtpTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = createTransport(url);
  }

  async deliver(message: MailMessage): Promise<void> {
    await this.transporter.sendMail(message);
  }

  close(): void {
    this.transporter.close();
  }
}

export class LogTransport extends MailTransport {
  private readonly logger = new Logger('Mail');

  async deliver(message: MailMessage): Promise<void> {
    this.logger.log(`email to ${message.to}: ${message.subject}`);
  }

  close(): void {}
}
