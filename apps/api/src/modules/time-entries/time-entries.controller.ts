import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { csvFile } from '../../common/http/csv-file';
import { UuidPipe } from '../../common/http/uuid';
import {
  ApproveTimeEntriesInput,
  CreateTimeEntryInput,
  ExportTimeEntriesQuery,
  ListTimeEntriesQuery,
  StartTimerInput,
  UpdateTimeEntryInput,
} from './dto/time-entry.input';
import { TimeEntriesService } from './time-entries.service';
import { TimeExportService } from './time-export.service';
import { TimersService } from './timers.service';

@ApiTags('time')
@Controller('workspaces/:ws/time-entries')
export class TimeEntriesController {
  constructor(
    private readonly entries: TimeEntriesService,
    private readonly timers: TimersService,
    private readonly exports: TimeExportService,
  ) {}

  @Get()
  @RequirePermission('time.log')
  @ApiOperation({ summary: 'Time entries, most recent first (a VA sees only her own)' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListTimeEntriesQuery) {
    return this.entries.list(member, query);
  }

  @Get('export.csv')
  @Header('Cache-Control', 'no-store')
  @RequirePermission('time.log')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Time entries of a period as CSV (UTF-8 with BOM), streamed; amounts where permitted',
  })
  async export(
    @CurrentMember() member: WorkspaceMember,
    @Query() query: ExportTimeEntriesQuery,
  ): Promise<StreamableFile> {
    const { filename, lines } = await this.exports.export(member, query);
    return csvFile(lines, filename);
  }

  @Post()
  @RequirePermission('time.log')
  @ApiOperation({ summary: 'Log time on a task you can view' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateTimeEntryInput) {
    return this.entries.create(member, input);
  }

  @Post('timer/start')
  @RequirePermission('time.log')
  @ApiOperation({ summary: 'Start a timer on a task; the timer running anywhere else stops' })
  startTimer(@CurrentMember() member: WorkspaceMember, @Body() input: StartTimerInput) {
    return this.timers.start(member, input);
  }

  @Post('timer/stop')
  @HttpCode(200)
  @RequirePermission('time.log')
  @ApiOperation({ summary: 'Stop your timer running in this workspace' })
  stopTimer(@CurrentMember() member: WorkspaceMember) {
    return this.timers.stop(member);
  }

  @Post('approve')
  @HttpCode(200)
  @RequirePermission('time.approve')
  @ApiOperation({ summary: 'Approve several entries, all or none' })
  approveAll(@CurrentMember() member: WorkspaceMember, @Body() input: ApproveTimeEntriesInput) {
    return this.entries.approveAll(member, input.ids).then((items) => ({ items }));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('time.approve')
  @ApiOperation({ summary: 'Approve an entry: it can no longer change' })
  approve(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.entries.approve(member, id);
  }

  @Patch(':id')
  @RequirePermission('time.log')
  @ApiOperation({ summary: 'Edit your own entry until it is approved' })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateTimeEntryInput,
  ) {
    return this.entries.update(member, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('time.log')
  @ApiOperation({ summary: 'Delete your own entry until it is approved' })
  remove(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.entries.remove(member, id);
  }
}
