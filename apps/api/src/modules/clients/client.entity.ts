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
import type { Engagement } from '@relais/domain';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** A business the work is done for, with how it pays (money fields only for roles that see money). */
@Entity('clients')
@Index('clients_workspace_name_idx', ['workspaceId', 'name'])
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: WorkspaceEntity;

  @Column('uuid')
  workspaceId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 32, default: 'hourly' })
  engagement: Engagement;

  @Column({ type: 'int', nullable: true })
  hourlyRateCents: number | null;

  @Column({ type: 'int', nullable: true })
  monthlyAmountCents: number | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  monthlyHoursBudget: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  commissionPercent: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
