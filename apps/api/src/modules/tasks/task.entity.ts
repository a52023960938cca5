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
import type { RecurrenceRule, TaskChecklistItem, TaskPriority, TaskStatus } from '@relais/domain';
import { ClientEntity } from '../clients/client.entity';
import { ProjectEntity } from '../projects/project.entity';
import { UserEntity } from '../users/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** A checklist line, stored (jsonb) in the shape the API answers. */
export type ChecklistItem = TaskChecklistItem;
/** How a task repeats; the next occurrence is created from it. */
export type TaskRecurrence = RecurrenceRule;

@Entity('tasks')
@Index('tasks_board_idx', ['workspaceId', 'projectId', 'status', 'position'])
@Index('tasks_assignee_idx', ['assigneeId', 'status'])
// covering indexes (INCLUDE, which TypeORM cannot declare) defined by the migration
// CoveringDashboardIndexes: (workspace_id, completed_at) and the open tasks' (workspace_id,
// due_date); named here so the schema sync leaves them alone
@Index('tasks_workspace_completed_idx', { synchronize: false })
@Index('tasks_workspace_open_due_idx', { synchronize: false })
@Index('tasks_workspace_client_idx', ['workspaceId', 'clientId'])
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: WorkspaceEntity;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  project: ProjectEntity;

  @Column('uuid')
  projectId: string;

  /** The project's client, copied so client-scope filters need no join. */
  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  client: ClientEntity;

  @Column('uuid')
  clientId: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16, default: 'todo' })
  status: TaskStatus;

  @Column({ type: 'varchar', length: 16, default: 'normal' })
  priority: TaskPriority;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  assignee: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'int', nullable: true })
  estimateMinutes: number | null;

  /** Set when the status becomes `done`, cleared when it leaves it. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Order within a status column of the board; fractional so a move rewrites one row. */
  @Column({ type: 'double precision', default: 0 })
  position: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist: ChecklistItem[];

  @Column({ type: 'jsonb', nullable: true })
  recurrence: TaskRecurrence | null;

  /** The SOP the task follows (the process library comes later; no foreign key yet). */
  @Column({ type: 'uuid', nullable: true })
  processId: string | null;

  /** Optimistic locking: a PATCH carries the version it read; a stale one gets 409. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
