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
import { ProcessEntity } from './process.entity';

/** A reusable task (title, description, checklist), often made from a process's steps. */
@Entity('task_templates')
@Index('task_templates_workspace_title_idx', ['workspaceId', 'title'])
export class TaskTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => ProcessEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  process: ProcessEntity | null;

  @Column({ type: 'uuid', nullable: true })
  processId: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist: { title: string }[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
