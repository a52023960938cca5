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
import type { DecisionDomain, DecisionStatus } from '@relais/domain';
import { ClientEntity } from '../clients/client.entity';
import { UserEntity } from '../users/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** The decision register: proposed, then decided or rejected; decided records never change. */
@Entity('decisions')
@Index('decisions_workspace_status_idx', ['workspaceId', 'status', 'createdAt'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: WorkspaceEntity;

  @Column('uuid')
  workspaceId: string;

  /** The client the decision concerns; null for the whole business. */
  @ManyToOne(() => ClientEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  client: ClientEntity | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  context: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: string[];

  @Column({ type: 'varchar', length: 16 })
  domain: DecisionDomain;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status: DecisionStatus;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  proposedBy: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  /** The earlier decision this one replaces. */
  @ManyToOne(() => DecisionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  supersedes: DecisionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
