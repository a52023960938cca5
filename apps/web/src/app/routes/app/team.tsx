import { IconUsersGroup } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function TeamRoute() {
  return <PlaceholderPage page="team" icon={<IconUsersGroup aria-hidden />} />;
}
