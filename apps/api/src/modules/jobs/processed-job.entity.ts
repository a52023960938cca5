import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Idempotency keys of jobs whose effect must happen once (inserted in the effect's transaction). */
@Entity('processed_jobs')
export class ProcessedJobEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
