import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

export type EmailStatus = 'pending' | 'sent' | 'failed';

/**
 * The outbox: an email is written here in the same transaction as what caused it, then a job
 * delivers it (SMTP when configured, the log otherwise). Nothing is lost if a process dies.
 */
@Entity('emails')
@Index('emails_pending_idx', ['createdAt'], { where: `"status" = 'pending'` })
export class EmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The workspace the email is about, so that its failed-jobs page shows an email that could
   * not be sent; null for emails about the account itself (welcome). Deleting the workspace
   * deletes its emails, as it deletes everything else of the workspace: they quote its data,
   * and one still pending is then no longer sent.
   */
  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  workspace: WorkspaceEntity | null;

  @Column({ type: 'uuid', nullable: true })
  workspaceId: string | null;

  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column('text')
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  /** What the email is about (`welcome`, `invitation`, …), for the outbox page and tests. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: EmailStatus;

  /** Set by callers that must never send the same email twice (e.g. one reminder per due date). */
  @Index('emails_dedupe_key_key', { unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
