import type { ReactNode } from 'react';
import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page of the app: its heading, the document title, and the content. */
export function Page({ title, actions, children }: PageProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <title>{`${title} · ${t('appName')}`}</title>
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
