import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdeaProjectIndex1796397612373 implements MigrationInterface {
  name = 'IdeaProjectIndex1796397612373';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ideas_project_idx" ON "ideas" ("project_id") WHERE "project_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ideas_project_idx"`);
  }
}
