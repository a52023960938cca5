import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '@/components/ui/empty-state-panel';
import { Page } from '@/components/ui/page';

type PlaceholderKey =
  'myTasks' | 'dashboard' | 'projects' | 'clients' | 'team' | 'processes' | 'decisions';

/** A page whose feature is not built yet: its title and the empty state it will start with. */
export function PlaceholderPage({ page, icon }: { page: PlaceholderKey; icon: ReactNode }) {
  const { t } = useTranslation('pages');
  return (
    <Page title={t(`${page}.title`)}>
      <EmptyStatePanel
        icon={icon}
        title={t(`${page}.emptyTitle`)}
        description={t(`${page}.emptyDescription`)}
      />
    </Page>
  );
}
