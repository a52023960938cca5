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

/** A reader's suggestion for the process owner (VAs read SOPs and can suggest). */
@Entity('process_suggestions')
@Index('process_suggestions_process_created_idx', ['processId', 'createdAt'])
export class ProcessSuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => ProcessEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  process: ProcessEntity;

  @Column('uuid')
  processId: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column('text')
  body: string;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
