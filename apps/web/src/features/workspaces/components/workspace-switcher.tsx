import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipSummary } from '@relais/domain';

interface WorkspaceSwitcherProps {
  memberships: MembershipSummary[];
  value: string | null;
  onChange: (membership: MembershipSummary) => void;
}

/** Picks the workspace the user is working in; each option also says the user's role there. */
export function WorkspaceSwitcher({ memberships, value, onChange }: WorkspaceSwitcherProps) {
  const { t } = useTranslation(['shell', 'common']);
  return (
    <Select
      aria-label={t('workspaceSwitcher.label')}
      placeholder={t('workspaceSwitcher.placeholder')}
      data={memberships.map((m) => ({ value: m.workspaceId, label: m.workspaceName }))}
      renderOption={({ option }) => {
        const membership = memberships.find((m) => m.workspaceId === option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {membership ? (
              <Text size="xs" c="dimmed">
                {t(`common:roles.${membership.role}`)}
              </Text>
            ) : null}
          </Stack>
        );
      }}
      value={value}
      onChange={(workspaceId) => {
        const membership = memberships.find((m) => m.workspaceId === workspaceId);
        if (membership) onChange(membership);
      }}
      allowDeselect={false}
      searchable={memberships.length > 6}
      checkIconPosition="right"
      w={{ base: 180, sm: 280 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
