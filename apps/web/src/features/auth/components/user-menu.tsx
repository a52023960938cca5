import type { ReactNode } from 'react';
import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/i18n/format';
import { useAuthenticatedSession, useSignOut } from '../hooks/use-session';

/** The account menu: who is signed in, and sign-out. `children` adds app-level items. */
export function UserMenu({ children }: { children?: ReactNode }) {
  const { t } = useTranslation(['shell', 'auth']);
  const { user } = useAuthenticatedSession();
  const format = useFormatters();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label', { name: user.name })}>
          <Avatar name={user.name} color="initials" radius="xl" size="md" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" truncate>
            {user.email}
          </Text>
          <Text size="xs">{t('userMenu.memberSince', { date: format.date(user.createdAt) })}</Text>
        </Menu.Label>
        {children}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
        >
          {t('auth:signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
