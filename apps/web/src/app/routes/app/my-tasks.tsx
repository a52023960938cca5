import { IconChecklist } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function MyTasksRoute() {
  return <PlaceholderPage page="myTasks" icon={<IconChecklist aria-hidden />} />;
}
