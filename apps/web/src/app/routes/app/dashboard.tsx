import { IconChartBar } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function DashboardRoute() {
  return <PlaceholderPage page="dashboard" icon={<IconChartBar aria-hidden />} />;
}
