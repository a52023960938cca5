import { useEffect, useState } from 'react';
import {
  Anchor,
  Box,
  Button,
  Divider,
  Group,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { IconBellCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { useFormatters } from '@/i18n/format';
import type { NotificationResponse, NotificationsPage } from '../api/types';
import { notificationDetail, useNotificationSentence } from '../hooks/use-notification-sentence';
import { relativeTime } from '../utils/relative-time';
import classes from './notification-panel.module.css';

interface NotificationPanelProps {
  titleId: string;
  query: UseQueryResult<NotificationsPage>;
  settingsPath: string;
  onOpen: (notification: NotificationResponse) => void;
  onMarkAllRead: () => void;
  onClose: () => void;
}

/** The bell's dropdown: the recent notifications, the unread ones marked, and "mark all read". */
export function NotificationPanel({
  titleId,
  query,
  settingsPath,
  onOpen,
  onMarkAllRead,
  onClose,
}: NotificationPanelProps) {
  const { t } = useTranslation('notifications');
  const unread = query.data?.unreadCount ?? 0;
  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="sm" wrap="nowrap">
        <Title order={2} size="h5" id={titleId}>
          {t('bell.title')}
        </Title>
        <Button variant="subtle" size="compact-sm" disabled={unread === 0} onClick={onMarkAllRead}>
          {t('bell.markAllRead')}
        </Button>
      </Group>
      <Divider />
      <NotificationList query={query} onOpen={onOpen} />
      <Divider />
      <Box px="md" py="xs">
        <Anchor component={Link} to={settingsPath} size="sm" onClick={onClose}>
          {t('bell.settings')}
        </Anchor>
      </Box>
    </Stack>
  );
}

function NotificationList({
  query,
  onOpen,
}: {
  query: UseQueryResult<NotificationsPage>;
  onOpen: (notification: NotificationResponse) => void;
}) {
  const { t } = useTranslation('notifications');
  if (query.isPending) return <SectionLoader label={t('bell.loading')} />;
  if (query.isError) {
    return (
      <Box p="md">
        <SectionError error={query.error} retry={() => void query.refetch()} />
      </Box>
    );
  }
  if (query.data.items.length === 0) {
    return (
      <Stack align="center" gap={4} px="md" py="xl" ta="center">
        <ThemeIcon variant="light" size="xl" radius="xl" aria-hidden>
          <IconBellCheck size={22} />
        </ThemeIcon>
        <Text fw={600}>{t('bell.emptyTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('bell.emptyDescription')}
        </Text>
      </Stack>
    );
  }
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <ul className={classes.list}>
        {query.data.items.map((notification) => (
          <li key={notification.id}>
            <NotificationItem notification={notification} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </ScrollArea.Autosize>
  );
}

function NotificationItem({
  notification,
  onOpen,
}: {
  notification: NotificationResponse;
  onOpen: (notification: NotificationResponse) => void;
}) {
  const { t } = useTranslation('notifications');
  const sentence = useNotificationSentence();
  const format = useFormatters();
  const now = useNow();
  const unread = !notification.readAt;
  const detail = notificationDetail(notification);
  const when = relativeTime(notification.createdAt, now, format.locale) ?? t('time.justNow');
  return (
    <UnstyledButton
      className={classes.item}
      data-unread={unread || undefined}
      onClick={() => onOpen(notification)}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <span className={classes.dot} data-unread={unread || undefined} aria-hidden />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={unread ? 600 : 400} lineClamp={2}>
            {unread ? <VisuallyHidden>{`${t('bell.unread')}: `}</VisuallyHidden> : null}
            {sentence(notification)}
          </Text>
          {detail ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {detail}
            </Text>
          ) : null}
          <Text
            size="xs"
            c="dimmed"
            component="time"
            dateTime={notification.createdAt}
            title={format.date(notification.createdAt, { dateStyle: 'long', timeStyle: 'short' })}
          >
            {when}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/** The current time, moving on every minute so "3 minutes ago" stays true while open. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
