import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OperationsRecords1795434403173 implements MigrationInterface {
  name = 'OperationsRecords1795434403173';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "time_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "user_id" uuid NOT NULL, "task_id" uuid NOT NULL, "project_id" uuid NOT NULL, "client_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "minutes" integer, "billable" boolean NOT NULL DEFAULT true, "note" text NOT NULL DEFAULT '', "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b8bc5f10269ba2fe88708904aa0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "time_entries_one_running_timer_key" ON "time_entries" ("user_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "time_entries_workspace_client_started_idx" ON "time_entries" ("workspace_id", "client_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "time_entries_user_started_idx" ON "time_entries" ("user_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "time_entries_workspace_started_idx" ON "time_entries" ("workspace_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "client_revenues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "client_id" uuid NOT NULL, "month" date NOT NULL, "revenue_cents" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45bcb8259e5a1f55120aebd5a96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_revenues_client_month_key" ON "client_revenues" ("client_id", "month") `,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "client_id" uuid NOT NULL, "month" date NOT NULL, "threshold_percent" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8d537f43c8f669b9768235b9a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "budget_alerts_client_month_threshold_key" ON "budget_alerts" ("client_id", "month", "threshold_percent") `,
    );
    await queryRunner.query(
      `CREATE TABLE "objectives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "owner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c54846771e6a2db24c2b886eca0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "objectives_workspace_period_idx" ON "objectives" ("workspace_id", "period_start") `,
    );
    await queryRunner.query(
      `CREATE TABLE "key_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "objective_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "start" double precision NOT NULL, "target" double precision NOT NULL, "current" double precision NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43ca92a80903403806ecf974392" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "key_results_objective_idx" ON "key_results" ("objective_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "link" character varying(500), "data" jsonb NOT NULL DEFAULT '{}', "dedupe_key" character varying(200), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_dedupe_key_key" ON "notifications" ("dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_unread_idx" ON "notifications" ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_created_idx" ON "notifications" ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "email" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "client_id" uuid, "title" character varying(200) NOT NULL, "context" text NOT NULL DEFAULT '', "options" jsonb NOT NULL DEFAULT '[]', "domain" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'proposed', "proposed_by_id" uuid, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "rationale" text, "supersedes_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "decisions_workspace_status_idx" ON "decisions" ("workspace_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "decision_links" ("decision_id" uuid NOT NULL, "entity_type" character varying(16) NOT NULL, "entity_id" uuid NOT NULL, CONSTRAINT "PK_dfd10b0bff8f89af96f4db44db9" PRIMARY KEY ("decision_id", "entity_type", "entity_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "decision_links_target_idx" ON "decision_links" ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "processes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "category" character varying(80), "owner_id" uuid, "body" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_566885de50f7d20a6df306c12e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "processes_workspace_category_idx" ON "processes" ("workspace_id", "category", "title") `,
    );
    await queryRunner.query(
      `CREATE TABLE "process_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "process_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_946bd456a45f6dfd629525107fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "process_versions_process_version_key" ON "process_versions" ("process_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "process_suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_308887f22526c988e78a6c3bab4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_suggestions_process_created_idx" ON "process_suggestions" ("process_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "process_id" uuid, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "checklist" jsonb NOT NULL DEFAULT '[]', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1347b5446b9e3158e2b72f58b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "task_templates_workspace_title_idx" ON "task_templates" ("workspace_id", "title") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ideas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "notes" text NOT NULL DEFAULT '', "author_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'inbox', "triage_note" text, "triaged_by_id" uuid, "triaged_at" TIMESTAMP WITH TIME ZONE, "project_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab43f1e9b1cef0d8f3e56ce3a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ideas_workspace_status_idx" ON "ideas" ("workspace_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "project_id" uuid NOT NULL, "created_by_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'queued', "mapping" jsonb NOT NULL DEFAULT '{}', "csv" text NOT NULL, "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "imported_rows" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1a5c4c8a0897487b043dfaaf85e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "task_imports_workspace_created_idx" ON "task_imports" ("workspace_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "processed_jobs" ("key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d98e326d7d8258f9cebcfa6b58a" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_0dd676480577cd54e626fc9099c" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_f16c3c269283ee42429d09d693d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" ADD CONSTRAINT "FK_104aa11ede7c8d5afbbe1fdbb24" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_revenues" ADD CONSTRAINT "FK_e788ee4ed63401b0df3b3185e81" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objectives" ADD CONSTRAINT "FK_caffd98dd3453f87a323914d53d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objectives" ADD CONSTRAINT "FK_b151ec238322bffc91d9d4d547b" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "key_results" ADD CONSTRAINT "FK_83e289242ea81c01b44a8b2a4cf" FOREIGN KEY ("objective_id") REFERENCES "objectives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_072da2a3b2b83ab668d40e8f003" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_bbf2a83f9f294b6ba61d1909b69" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_bb3fd3cca37abf6d491711d9f3f" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_b4d6fc409a602223a1af6aa16da" FOREIGN KEY ("supersedes_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_links" ADD CONSTRAINT "FK_cbd26d34f795d1f75155031538d" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "processes" ADD CONSTRAINT "FK_af00530c56d7e460d38ca384e43" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "processes" ADD CONSTRAINT "FK_171289dee1c65f4916f033dcca4" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_versions" ADD CONSTRAINT "FK_6cc7bbc74fea20040132bb3b953" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_suggestions" ADD CONSTRAINT "FK_33aea574c7db7c9dfd393293fef" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_templates" ADD CONSTRAINT "FK_a8772bf3638ab349f27f3153386" FOREIGN KEY ("process_id") REFERENCES "processes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_2c638a391ed1aa4d2e18cabee1d" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ideas" ADD CONSTRAINT "FK_f3016f7d9929a2e132d99eff162" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_f3016f7d9929a2e132d99eff162"`);
    await queryRunner.query(`ALTER TABLE "ideas" DROP CONSTRAINT "FK_2c638a391ed1aa4d2e18cabee1d"`);
    await queryRunner.query(
      `ALTER TABLE "task_templates" DROP CONSTRAINT "FK_a8772bf3638ab349f27f3153386"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_suggestions" DROP CONSTRAINT "FK_33aea574c7db7c9dfd393293fef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_versions" DROP CONSTRAINT "FK_6cc7bbc74fea20040132bb3b953"`,
    );
    await queryRunner.query(
      `ALTER TABLE "processes" DROP CONSTRAINT "FK_171289dee1c65f4916f033dcca4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "processes" DROP CONSTRAINT "FK_af00530c56d7e460d38ca384e43"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_links" DROP CONSTRAINT "FK_cbd26d34f795d1f75155031538d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" DROP CONSTRAINT "FK_b4d6fc409a602223a1af6aa16da"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" DROP CONSTRAINT "FK_bb3fd3cca37abf6d491711d9f3f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" DROP CONSTRAINT "FK_bbf2a83f9f294b6ba61d1909b69"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" DROP CONSTRAINT "FK_072da2a3b2b83ab668d40e8f003"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "key_results" DROP CONSTRAINT "FK_83e289242ea81c01b44a8b2a4cf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "objectives" DROP CONSTRAINT "FK_b151ec238322bffc91d9d4d547b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "objectives" DROP CONSTRAINT "FK_caffd98dd3453f87a323914d53d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "client_revenues" DROP CONSTRAINT "FK_e788ee4ed63401b0df3b3185e81"`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" DROP CONSTRAINT "FK_104aa11ede7c8d5afbbe1fdbb24"`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" DROP CONSTRAINT "FK_f16c3c269283ee42429d09d693d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "time_entries" DROP CONSTRAINT "FK_0dd676480577cd54e626fc9099c"`,
    );
    await queryRunner.query(`DROP TABLE "processed_jobs"`);
    await queryRunner.query(`DROP INDEX "public"."task_imports_workspace_created_idx"`);
    await queryRunner.query(`DROP TABLE "task_imports"`);
    await queryRunner.query(`DROP INDEX "public"."ideas_workspace_status_idx"`);
    await queryRunner.query(`DROP TABLE "ideas"`);
    await queryRunner.query(`DROP INDEX "public"."task_templates_workspace_title_idx"`);
    await queryRunner.query(`DROP TABLE "task_templates"`);
    await queryRunner.query(`DROP INDEX "public"."process_suggestions_process_created_idx"`);
    await queryRunner.query(`DROP TABLE "process_suggestions"`);
    await queryRunner.query(`DROP INDEX "public"."process_versions_process_version_key"`);
    await queryRunner.query(`DROP TABLE "process_versions"`);
    await queryRunner.query(`DROP INDEX "public"."processes_workspace_category_idx"`);
    await queryRunner.query(`DROP TABLE "processes"`);
    await queryRunner.query(`DROP INDEX "public"."decision_links_target_idx"`);
    await queryRunner.query(`DROP TABLE "decision_links"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_workspace_status_idx"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_dedupe_key_key"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."key_results_objective_idx"`);
    await queryRunner.query(`DROP TABLE "key_results"`);
    await queryRunner.query(`DROP INDEX "public"."objectives_workspace_period_idx"`);
    await queryRunner.query(`DROP TABLE "objectives"`);
    await queryRunner.query(`DROP INDEX "public"."budget_alerts_client_month_threshold_key"`);
    await queryRunner.query(`DROP TABLE "budget_alerts"`);
    await queryRunner.query(`DROP INDEX "public"."client_revenues_client_month_key"`);
    await queryRunner.query(`DROP TABLE "client_revenues"`);
    await queryRunner.query(`DROP INDEX "public"."time_entries_workspace_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."time_entries_user_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."time_entries_workspace_client_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."time_entries_one_running_timer_key"`);
    await queryRunner.query(`DROP TABLE "time_entries"`);
  }
}
