import { UserEntity } from '../modules/users/user.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { EmailEntity } from '../modules/mail/email.entity';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import { MembershipEntity } from '../modules/workspaces/membership.entity';

/** Every entity, listed once: the data source, the schema check and the tests use this list. */
export const ENTITIES = [UserEntity, RefreshTokenEntity, EmailEntity, WorkspaceEntity, MembershipEntity];
