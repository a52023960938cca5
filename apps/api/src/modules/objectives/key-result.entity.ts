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
import { ObjectiveEntity } from './objective.entity';

/** Progress is (current - start) / (target - start), clamped to [0, 1]. */
@Entity('key_results')
@Index('key_results_objective_idx', ['objectiveId', 'position'])
export class KeyResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  objective: ObjectiveEntity;

  @Column('uuid')
  objectiveId: string;

  @Column('uuid')
  workspaceId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'double precision' })
  start: number;

  @Column({ type: 'double precision' })
  target: number;

  @Column({ type: 'double precision' })
  current: number;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
