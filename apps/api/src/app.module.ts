import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigModule, APP_CONFIG } from './config/config.module';
import type { AppConfig } from './config/app-config';
import { requestId } from './common/http/request-id';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './modules/jobs/queue.module';
import { MailModule } from './modules/mail/mail.module';
import { AuthModule } from './modules/auth/auth.module';
import { UsersModule } from './modules/users/users.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';
import { HealthModule } from './modules/health/health.module';
import { MetaModule } from './modules/meta/meta.module';
import { DemoModule } from './modules/demo/demo.module';
import { AuditModule } from './modules/audit/audit.module';
import { ClientsModule } from './modules/clients/clients.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { CommentsModule } from './modules/comments/comments.module';
import { MembersModule } from './modules/members/members.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { TimeEntriesModule } from './modules/time-entries/time-entries.module';
import { ObjectivesModule } from './modules/objectives/objectives.module';
import { DecisionsModule } from './modules/decisions/decisions.module';
import { ProcessesModule } from './modules/processes/processes.module';
import { IdeasModule } from './modules/ideas/ideas.module';
import { NotificationsModule } from './modules/notifications/notifications.module';

const logging = LoggerModule.forRootAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    pinoHttp: {
      level: config.logLevel,
      // Fastify names each request (createApp) before the logger sees it
      genReqId: (req) => req.id ?? requestId(req),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      transport:
        config.nodeEnv === 'development' && process.stdout.isTTY
          ? { target: 'pino-pretty', options: { singleLine: true } }
          : undefined,
    },
  }),
});

/** Modules every process needs: configuration, logs, database, queue and the jobs' handlers. */
export const CORE_MODULES = [AppConfigModule, logging, DatabaseModule, QueueModule, MailModule];

@Module({
  imports: [
    ...CORE_MODULES,
    AuditModule,
    AuthModule,
    UsersModule,
    WorkspacesModule,
    MembersModule,
    InvitationsModule,
    ClientsModule,
    ProjectsModule,
    TasksModule,
    CommentsModule,
    DashboardModule,
    TimeEntriesModule,
    ObjectivesModule,
    DecisionsModule,
    ProcessesModule,
    IdeasModule,
    NotificationsModule,
    HealthModule,
    MetaModule,
    DemoModule,
  ],
})
export class AppModule {}
