import type { ReactNode } from 'react';
import { Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

/** The loading indicator of a section while its data arrives. */
export function SectionLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite" aria-label={label ?? t('loading')}>
      <Loader aria-hidden />
    </Center>
  );
}

/** A section whose data failed to load: what happened, and a retry. */
export function SectionError({
  error,
  retry,
  children,
}: {
  error: unknown;
  retry?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      <Group gap="sm">
        {retry ? (
          <Button variant="light" onClick={retry}>
            {t('actions.retry')}
          </Button>
        ) : null}
        {children}
      </Group>
    </Stack>
  );
}
