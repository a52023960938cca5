import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { AuditLogService } from './audit-log.service';
import { ExportAuditEventsQuery, ListAuditEventsQuery } from './dto/audit-log.input';

@ApiTags('audit')
@Controller('workspaces/:ws/audit-events')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @RequirePermission('audit.view')
  @ApiOperation({ summary: 'Who changed what, when: newest first, by person, record type, period' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListAuditEventsQuery) {
    return this.auditLog.list(member, query);
  }

  @Get('export.csv')
  @RequirePermission('audit.view')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same events as CSV (UTF-8 with BOM), streamed' })
  export(@CurrentMember() member: WorkspaceMember, @Query() query: ExportAuditEventsQuery) {
    return new StreamableFile(this.auditLog.export(member, query), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit-log.csv"',
    });
  }
}
