import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DecisionEntity } from './decision.entity';

/** A project or task that carries a decision out. */
@Entity('decision_links')
@Index('decision_links_target_idx', ['entityType', 'entityId'])
export class DecisionLinkEntity {
  @PrimaryColumn('uuid')
  decisionId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  entityType: 'project' | 'task';

  @PrimaryColumn('uuid')
  entityId: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  decision: DecisionEntity;
}
