import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A budget threshold (80 %, 100 %) reached by a client in a month: alerted once, never twice. */
@Entity('budget_alerts')
@Index('budget_alerts_client_month_threshold_key', ['clientId', 'month', 'thresholdPercent'], {
  unique: true,
})
export class BudgetAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @Column('uuid')
  clientId: string;

  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'int' })
  thresholdPercent: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
