import { IconGavel } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function DecisionsRoute() {
  return <PlaceholderPage page="decisions" icon={<IconGavel aria-hidden />} />;
}
