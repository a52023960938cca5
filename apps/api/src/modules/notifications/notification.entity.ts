import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** An in-app notification (the bell); email copies go through the outbox. */
@Entity('notifications')
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_user_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  workspaceId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user: UserEntity;

  @Column('uuid')
  userId: string;

  /** `task_assigned`, `mention`, `task_completed`, `task_reopened`, `invitation`, `budget_alert`, … */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  /** Path in the web client the notification opens. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /** Same key, one notification (e.g. a budget threshold once per month). */
  @Index('notifications_dedupe_key_key', { unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
