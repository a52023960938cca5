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
import { ClientEntity } from './client.entity';

/** The revenue a `fixed_plus_commission` client made in a month, recorded by the founder. */
@Entity('client_revenues')
@Index('client_revenues_client_month_key', ['clientId', 'month'], { unique: true })
export class ClientRevenueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  client: ClientEntity;

  @Column('uuid')
  clientId: string;

  /** First day of the month. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'bigint' })
  revenueCents: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
