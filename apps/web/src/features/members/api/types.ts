export type {
  AcceptedInvitationResponse,
  InvitationPreviewResponse,
  InvitationResponse,
  MemberResponse,
} from '@relais/domain';
/** The web's older name for the API's InvitationPreviewResponse. */
export type { InvitationPreviewResponse as InvitationPreview } from '@relais/domain';
