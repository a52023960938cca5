import { IconNotebook } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function ProcessesRoute() {
  return <PlaceholderPage page="processes" icon={<IconNotebook aria-hidden />} />;
}
