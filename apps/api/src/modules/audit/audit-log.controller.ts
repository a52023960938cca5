import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { csvFile } from '../../common/http/csv-file';
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
  @Header('Cache-Control', 'no-store')
  @RequirePermission('audit.view')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same events as CSV (UTF-8 with BOM), streamed' })
  export(@CurrentMember() member: WorkspaceMember, @Query() query: ExportAuditEventsQuery) {
    return csvFile(this.auditLog.export(member, query), 'audit-log.csv');
  }
}
