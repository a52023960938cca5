import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { AuditLog } from '@/features/audit/components/audit-log';
import { useMembers } from '@/features/members/api/get-members';

export function AuditRoute() {
  const { t } = useTranslation('audit');
  const { workspaceId = '' } = useParams();
  const members = useMembers(workspaceId);
  // former members too: what they did stays in the trail
  const people = useMemo(
    () =>
      (members.data ?? [])
        .map((m) => ({ id: m.userId, name: m.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [members.data],
  );
  return (
    <Page title={t('pageTitle')}>
      <AuditLog workspaceId={workspaceId} people={people} />
    </Page>
  );
}
