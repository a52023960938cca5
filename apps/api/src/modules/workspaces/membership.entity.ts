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
import type { Role } from '@relais/domain';
import { UserEntity } from '../users/user.entity';
import { WorkspaceEntity } from './workspace.entity';

/** A user's place in a workspace: role, client scope, ownership, capacity and cost. */
@Entity('memberships')
@Index('memberships_workspace_user_key', ['workspaceId', 'userId'], { unique: true })
export class MembershipEntity {
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

  @Index('memberships_user_id_idx')
  @Column('uuid')
  userId: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'boolean', default: false })
  owner: boolean;

  /** Clients the member is limited to; empty means every client. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  clientIds: string[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  jobTitle: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  weeklyCapacityHours: string | null;

  /** Integer cents per hour in the workspace currency; shown only to roles that see money. */
  @Column({ type: 'int', nullable: true })
  hourlyCostCents: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
