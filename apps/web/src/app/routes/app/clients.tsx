import { IconBriefcase } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function ClientsRoute() {
  return <PlaceholderPage page="clients" icon={<IconBriefcase aria-hidden />} />;
}
