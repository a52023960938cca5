import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportReason } from '@relais/domain';

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

/** A CSV import of tasks run as a job; progress and bad rows are kept for the web client. */
@Entity('task_imports')
@Index('task_imports_workspace_created_idx', ['workspaceId', 'createdAt'])
export class TaskImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  projectId: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: ImportStatus;

  /** Column of the CSV for each task field. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  mapping: Record<string, string>;

  @Column('text')
  csv: string;

  @Column({ type: 'int', default: 0 })
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  processedRows: number;

  @Column({ type: 'int', default: 0 })
  importedRows: number;

  /** Bad rows by line number, with what is wrong (reasons by code; none on older imports). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: { line: number; message: string; reasons?: ImportReason[] }[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
