import { Button, Divider, Stack, Text } from '@mantine/core';
import { IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMeta, type DemoUser } from '../api/get-meta';

/** One-click fill buttons for the demo accounts; shown only by an embedded (demo) install. */
export function DemoUsers({ onPick }: { onPick: (user: DemoUser) => void }) {
  const { t } = useTranslation(['auth', 'common']);
  const meta = useMeta();
  const users = meta.data?.demoUsers ?? [];
  if (users.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="demo-users-title">
      <Divider mb="xs" />
      <Text id="demo-users-title" fw={600} size="sm">
        {t('demo.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('demo.description')}
      </Text>
      {users.map((user) => (
        <Button
          key={user.email}
          variant="default"
          justify="flex-start"
          h="auto"
          py={8}
          leftSection={<IconUserCircle size={20} aria-hidden />}
          onClick={() => onPick(user)}
          aria-label={t('demo.fill', { name: user.name, role: t(`common:roles.${user.role}`) })}
        >
          <Stack gap={0} align="flex-start">
            <Text size="sm" fw={600}>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`common:roles.${user.role}`)}
            </Text>
          </Stack>
        </Button>
      ))}
    </Stack>
  );
}
