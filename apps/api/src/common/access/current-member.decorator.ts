import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { MemberRequest } from './workspace-access.guard';
import type { WorkspaceMember } from './workspace-member';

/** The caller's membership in the route's workspace; only on @RequirePermission routes. */
export const CurrentMember = createParamDecorator(
  (_data: unknown, context: ExecutionContext): WorkspaceMember => {
    const member = context.switchToHttp().getRequest<MemberRequest>().member;
    if (!member) throw new Error('CurrentMember used on a route without @RequirePermission');
    return member;
  },
);
