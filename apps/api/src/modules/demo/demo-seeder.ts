import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { DEMO_USERS } from '../meta/demo-users';

/** Seeds the demo workspace on the embedded default's first start, and prints its logins. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const seeded = await this.dataSource
      .getRepository(UserEntity)
      .existsBy({ email: DEMO_USERS[0].email });
    if (!seeded) await this.seed();
    const logins = DEMO_USERS.map(
      (u) => `  ${u.role.padEnd(13)} ${u.email}  /  ${u.password}`,
    ).join('\n');
    this.logger.log(`Demo logins (embedded mode only):\n${logins}`);
  }

  private async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_USERS[0].password);
    await this.dataSource.transaction(async (manager) => {
      const workspace = await manager.save(
        manager.create(WorkspaceEntity, {
          name: 'Atelier Fontaine (démo)',
          timeZone: 'Europe/Paris',
        }),
      );
      for (const demo of DEMO_USERS) {
        const user = await manager.save(
          manager.create(UserEntity, { email: demo.email, name: demo.name, passwordHash }),
        );
        await manager.insert(MembershipEntity, {
          workspaceId: workspace.id,
          userId: user.id,
          role: demo.role,
          owner: demo.role === 'founder',
          weeklyCapacityHours: demo.role === 'va' ? '20' : '35',
        });
      }
    });
    this.logger.log('Seeded the demo workspace');
  }
}
