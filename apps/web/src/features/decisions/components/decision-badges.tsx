import { Badge } from '@mantine/core';
import { IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DecisionDomain, DecisionStatus } from '@relais/domain';

const STATUS_COLORS: Record<DecisionStatus, string> = {
  proposed: 'yellow',
  decided: 'green',
  rejected: 'red',
};

const STATUS_ICONS = { proposed: IconClock, decided: IconCheck, rejected: IconX };

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation('decisions');
  const Icon = STATUS_ICONS[status];
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      leftSection={<Icon size={12} aria-hidden />}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

export function DecisionDomainBadge({ domain }: { domain: DecisionDomain }) {
  const { t } = useTranslation('decisions');
  return (
    // the darker text keeps the outline badge readable (WCAG AA contrast)
    <Badge
      color={domain === 'operations' ? 'blue' : 'grape'}
      c={domain === 'operations' ? 'blue.9' : 'grape.9'}
      variant="outline"
    >
      {t(`domain.${domain}`)}
    </Badge>
  );
}

export function SupersededBadge() {
  const { t } = useTranslation('decisions');
  return (
    <Badge color="gray" variant="light">
      {t('superseded')}
    </Badge>
  );
}
