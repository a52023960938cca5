import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { ClientsService } from './clients.service';
import { CreateClientInput, ListClientsQuery, UpdateClientInput } from './dto/client.input';

@ApiTags('clients')
@Controller('workspaces/:ws/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @RequirePermission('workspace.view')
  @ApiOperation({ summary: "Clients in the caller's scope" })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListClientsQuery) {
    return this.clients.list(member, query);
  }

  @Post()
  @RequirePermission('clients.manage')
  @ApiOperation({ summary: 'Create a client' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateClientInput) {
    return this.clients.create(member, input);
  }

  @Get(':id')
  @RequirePermission('workspace.view')
  @ApiOperation({ summary: 'One client' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.clients.get(member, id);
  }

  @Patch(':id')
  @RequirePermission('clients.manage')
  @ApiOperation({ summary: 'Edit a client' })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateClientInput,
  ) {
    return this.clients.update(member, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('clients.manage')
  @ApiOperation({ summary: 'Archive a client' })
  archive(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.clients.archive(member, id);
  }
}
