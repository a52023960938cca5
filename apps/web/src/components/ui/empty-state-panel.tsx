import type { ReactNode } from 'react';
import { EmptyState, Paper } from '@mantine/core';

interface EmptyStatePanelProps {
  icon: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}

/** What a list or page shows before it has anything: what will be here and how to start. */
export function EmptyStatePanel({ icon, title, description, children }: EmptyStatePanelProps) {
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState
        variant="light"
        icon={icon}
        title={title}
        description={description}
        mx="auto"
        maw={520}
      >
        {children ? <EmptyState.Actions>{children}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}
