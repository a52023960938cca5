import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** One operations team: a founder's business or an OBM's practice. */
@Entity('workspaces')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** IANA zone in which days, due dates and KPIs are counted. */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Paris' })
  timeZone: string;

  /** ISO 4217 code of every money amount in the workspace. */
  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
