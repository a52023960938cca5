import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { addCalendarDays, todayIn, zonedDayStart, type Role } from '@relais/domain';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { PasswordHasher } from '../auth/password-hasher';
import { ClientEntity } from '../clients/client.entity';
import { CommentEntity } from '../comments/comment.entity';
import { ProjectMemberEntity } from '../projects/project-member.entity';
import { ProjectEntity } from '../projects/project.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { DEMO_USERS } from '../meta/demo-users';
import {
  DEMO_CLIENTS,
  DEMO_MEMBERSHIPS,
  DEMO_PROJECTS,
  DEMO_TASKS,
  DEMO_TIME_ZONE,
  DEMO_WORKSPACE_NAME,
  type DemoClientKey,
  type DemoCompletion,
  type DemoProjectKey,
} from './demo-data';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Turns the demo's day offsets into dates and instants around today in the demo's zone. */
class DemoCalendar {
  readonly today: string;

  constructor(
    readonly timeZone: string,
    readonly now: Date,
  ) {
    this.today = todayIn(timeZone, now);
  }

  date(day: number): string {
    return addCalendarDays(this.today, day);
  }

  /** The instant of the local clock time on the day (never in the future). */
  instant([day, time]: DemoCompletion): Date {
    const [hours, minutes] = time.split(':').map(Number);
    const start = zonedDayStart(this.date(day), this.timeZone).getTime();
    const instant = new Date(start + hours * HOUR_MS + minutes * 60_000);
    return instant > this.now ? this.now : instant;
  }

  /** A plausible creation time: some days before the earliest date the record carries. */
  createdBefore(...days: (number | null | undefined)[]): Date {
    const earliest = Math.min(0, ...days.filter((d): d is number => typeof d === 'number'));
    return new Date(this.now.getTime() + (earliest - 5) * DAY_MS);
  }
}

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
        manager.create(WorkspaceEntity, { name: DEMO_WORKSPACE_NAME, timeZone: DEMO_TIME_ZONE }),
      );
      const users = {} as Record<Role, string>;
      for (const demo of DEMO_USERS) {
        const user = await manager.save(
          manager.create(UserEntity, { email: demo.email, name: demo.name, passwordHash }),
        );
        users[demo.role] = user.id;
        await manager.insert(MembershipEntity, {
          workspaceId: workspace.id,
          userId: user.id,
          role: demo.role,
          owner: demo.role === 'founder',
          ...DEMO_MEMBERSHIPS[demo.role],
        });
      }
      await this.seedWork(manager, workspace.id, users);
    });
    this.logger.log('Seeded the demo workspace');
  }

  /** Clients, projects with their members, tasks with checklists, and a few comments. */
  private async seedWork(
    manager: EntityManager,
    workspaceId: string,
    users: Record<Role, string>,
  ): Promise<void> {
    const calendar = new DemoCalendar(DEMO_TIME_ZONE, new Date());

    const clientIds = {} as Record<DemoClientKey, string>;
    await manager.insert(
      ClientEntity,
      DEMO_CLIENTS.map(({ key, ...client }) => {
        clientIds[key] = randomUUID();
        return { id: clientIds[key], workspaceId, ...client };
      }),
    );

    const projects = {} as Record<DemoProjectKey, { id: string; clientId: string }>;
    await manager.insert(
      ProjectEntity,
      DEMO_PROJECTS.map((project) => {
        const row = { id: randomUUID(), clientId: clientIds[project.client] };
        projects[project.key] = row;
        return {
          ...row,
          workspaceId,
          name: project.name,
          description: project.description,
          ownerId: users[project.owner],
          status: project.status,
          startDate: project.startDay === null ? null : calendar.date(project.startDay),
          dueDate: project.dueDay === null ? null : calendar.date(project.dueDay),
          completedAt: project.completed ? calendar.instant(project.completed) : null,
          createdAt: calendar.createdBefore(project.startDay),
        };
      }),
    );
    await manager.insert(
      ProjectMemberEntity,
      DEMO_PROJECTS.flatMap((project) =>
        project.members.map((role) => ({
          projectId: projects[project.key].id,
          userId: users[role],
        })),
      ),
    );

    const positions = new Map<string, number>();
    const comments: Partial<CommentEntity>[] = [];
    const tasks = DEMO_TASKS.map((task) => {
      const project = projects[task.project];
      // each status column of a board in the listed order
      const column = `${task.project}/${task.status}`;
      const position = (positions.get(column) ?? 0) + 1000;
      positions.set(column, position);
      const id = randomUUID();
      for (const comment of task.comments ?? []) {
        const at = new Date(calendar.now.getTime() - comment.hoursAgo * HOUR_MS);
        comments.push({
          workspaceId,
          taskId: id,
          authorId: users[comment.author],
          body: comment.body,
          mentions: comment.mentions.map((role) => users[role]),
          createdAt: at,
          updatedAt: at,
        });
      }
      return {
        id,
        workspaceId,
        projectId: project.id,
        clientId: project.clientId,
        title: task.title,
        description: task.description ?? '',
        status: task.status,
        priority: task.priority,
        assigneeId: task.assignee === null ? null : users[task.assignee],
        createdById: users[task.createdBy],
        dueDate: task.dueDay === null ? null : calendar.date(task.dueDay),
        estimateMinutes: task.estimateMinutes,
        completedAt: task.completed ? calendar.instant(task.completed) : null,
        position,
        checklist: (task.checklist ?? []).map(([title, done]) => ({
          id: randomUUID(),
          title,
          done,
        })),
        recurrence: task.recurrence ?? null,
        createdAt: calendar.createdBefore(task.dueDay, task.completed?.[0]),
      } satisfies Partial<TaskEntity>;
    });
    await manager.insert(TaskEntity, tasks);
    await manager.insert(CommentEntity, comments);
  }
}
