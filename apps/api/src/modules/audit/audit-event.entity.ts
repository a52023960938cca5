import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChanges } from '@relais/domain';

/** Who changed what, when: written by every mutation, in its transaction. */
@Entity('audit_events')
@Index('audit_events_workspace_created_idx', ['workspaceId', 'createdAt'])
@Index('audit_events_entity_idx', ['workspaceId', 'entityType', 'entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** No foreign key: the trail outlives what it describes. */
  @Column('uuid')
  workspaceId: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** `task.created`, `task.updated`, `member.role_changed`, … */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column('uuid')
  entityId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
