import type { ReactNode } from 'react';
import { Center, EmptyState, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface FullPageMessageProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  children?: ReactNode;
}

/** A whole-screen message with actions, for when nothing else can be shown. */
export function FullPageMessage({ title, description, icon, children }: FullPageMessageProps) {
  return (
    <Center mih="100dvh" p="md">
      <EmptyState
        variant="light"
        icon={icon ?? <IconAlertTriangle aria-hidden />}
        title={title}
        description={description}
        maw={480}
      >
        {children ? (
          <EmptyState.Actions>
            <Group justify="center">{children}</Group>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    </Center>
  );
}
