import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox emails know their workspace, so that its failed-jobs page lists a `send-email` job
 * that failed for good. Emails written before stay without one (they are sent or given up).
 */
export class EmailWorkspace1796396831698 implements MigrationInterface {
  name = 'EmailWorkspace1796396831698';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "emails" ADD "workspace_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "emails" ADD CONSTRAINT "FK_5720ae2b160805f2d7a65f12907" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "emails" DROP CONSTRAINT "FK_5720ae2b160805f2d7a65f12907"`,
    );
    await queryRunner.query(`ALTER TABLE "emails" DROP COLUMN "workspace_id"`);
  }
}
