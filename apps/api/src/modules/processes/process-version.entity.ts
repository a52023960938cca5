import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ProcessEntity } from './process.entity';

@Entity('process_versions')
@Index('process_versions_process_version_key', ['processId', 'version'], { unique: true })
export class ProcessVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  process: ProcessEntity;

  @Column('uuid')
  processId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
