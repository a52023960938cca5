import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@relais/domain';
import { MembershipEntity } from './membership.entity';
import { WorkspaceEntity } from './workspace.entity';

@Injectable()
export class WorkspacesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The creator becomes the owner, as founder unless another role is asked for. */
  create(userId: string, input: { name: string; role?: Role }): Promise<WorkspaceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const workspace = await manager.save(manager.create(WorkspaceEntity, { name: input.name }));
      await manager.insert(MembershipEntity, {
        workspaceId: workspace.id,
        userId,
        role: input.role ?? 'founder',
        owner: true,
      });
      return workspace;
    });
  }
}
