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
import type { IdeaStatus } from '@relais/domain';
import { ProjectEntity } from '../projects/project.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** The founder's inbox item; an accepted idea becomes a project, linked back here. */
@Entity('ideas')
@Index('ideas_workspace_status_idx', ['workspaceId', 'status', 'createdAt'])
// a project's page shows the idea it came from; deleting a project clears the link
@Index('ideas_project_idx', ['projectId'], { where: '"project_id" IS NOT NULL' })
export class IdeaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: WorkspaceEntity;

  @Column('uuid')
  workspaceId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'inbox' })
  status: IdeaStatus;

  @Column({ type: 'text', nullable: true })
  triageNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  triagedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  project: ProjectEntity | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
