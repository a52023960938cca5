import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/public.decorator';
import { JobQueue } from '../jobs/job-queue';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly queue: JobQueue,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Liveness and readiness: 200 when the database and the queue answer, 503 otherwise',
  })
  async health(@Res({ passthrough: true }) res: FastifyReply) {
    const [database, queue] = await Promise.all([this.database(), this.queue.health()]);
    const ok = database.status === 'up' && queue.status === 'up';
    void res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'error', database, queue };
  }

  private async database(): Promise<{ status: 'up' | 'down'; error?: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }
}
