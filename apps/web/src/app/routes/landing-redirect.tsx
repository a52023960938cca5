import { Navigate } from 'react-router';
import { useCurrentMembership } from '@/lib/authorization';
import { landingPath } from '../landing';

/** `/` and `/w/:workspaceId`: straight to where the member's role works. */
export function LandingRedirect() {
  return <Navigate to={landingPath(useCurrentMembership())} replace />;
}
