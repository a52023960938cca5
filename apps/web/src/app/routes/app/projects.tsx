import { IconLayoutKanban } from '@tabler/icons-react';
import { PlaceholderPage } from './placeholder-page';

export function ProjectsRoute() {
  return <PlaceholderPage page="projects" icon={<IconLayoutKanban aria-hidden />} />;
}
