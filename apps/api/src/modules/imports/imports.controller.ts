import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { FormFileInterceptor, UploadedFormFile } from '../../common/http/uploaded-file';
import { UuidPipe } from '../../common/http/uuid';
import { CreateTaskImportInput } from './dto/task-import.input';
import { ImportsService, MAX_CSV_BYTES, type UploadedCsv } from './imports.service';

@ApiTags('imports')
@Controller('workspaces/:ws/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('tasks.create')
  // a file of up to 5 MB comes as multipart, past the JSON body limit of the other routes
  @UseInterceptors(FormFileInterceptor('file', { fileSize: MAX_CSV_BYTES, fields: 10 }))
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({ summary: 'Import tasks from a CSV export (Trello, Asana, ClickUp) as a job' })
  @ApiAcceptedResponse({ description: '{ id } of the import; follow it with GET …/imports/:id' })
  create(
    @CurrentMember() member: WorkspaceMember,
    @Body() input: CreateTaskImportInput,
    @UploadedFormFile() file?: UploadedCsv,
  ) {
    return this.imports.create(member, input, file);
  }

  @Get(':id')
  @RequirePermission('tasks.create')
  @ApiOperation({ summary: 'Progress of an import: rows processed, imported, and bad rows' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.imports.get(member, id);
  }
}
