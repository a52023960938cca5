import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** Time logged on a task; a running timer is an entry without an end. */
@Entity('time_entries')
// (workspace_id, started_at) INCLUDE (client_id, user_id, minutes, billable): a covering index
// TypeORM cannot declare, defined by the migration CoveringTimeEntriesIndex
@Index('time_entries_workspace_started_idx', { synchronize: false })
@Index('time_entries_user_started_idx', ['userId', 'startedAt'])
@Index('time_entries_workspace_client_started_idx', ['workspaceId', 'clientId', 'startedAt'])
// one running timer per person, across every workspace
@Index('time_entries_one_running_timer_key', ['userId'], {
  unique: true,
  where: '"ended_at" IS NULL',
})
export class TimeEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: WorkspaceEntity;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user: UserEntity;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  task: TaskEntity;

  @Column('uuid')
  taskId: string;

  /** The task's project and client, copied so time reports and budgets need no joins. */
  @Column('uuid')
  projectId: string;

  @Column('uuid')
  clientId: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Null while the timer runs. */
  @Column({ type: 'int', nullable: true })
  minutes: number | null;

  @Column({ type: 'boolean', default: true })
  billable: boolean;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
