import { useState } from 'react';
import { ActionIcon, Indicator, Popover } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { notifications as toasts } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { safeRedirect } from '@/config/paths';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import type { NotificationResponse } from '../api/types';
import { NotificationPanel } from './notification-panel';

/**
 * The bell in the header: the unread count (polled, and refreshed when the window regains
 * focus) and, on click, the recent notifications.
 */
export function NotificationBell({ settingsPath }: { settingsPath: string }) {
  const { t } = useTranslation('notifications');
  const [opened, setOpened] = useState(false);
  const notifications = useNotifications();
  const unread = notifications.data?.unreadCount ?? 0;
  // the mutations live here, not in the dropdown: it closes before the server answers
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();

  const showFailure = () =>
    toasts.show({ color: 'red', message: t('bell.markFailed'), autoClose: 6000 });

  const open = (notification: NotificationResponse) => {
    if (!notification.readAt) markRead.mutate(notification.id, { onError: showFailure });
    setOpened(false);
    const target = safeRedirect(notification.link, '');
    if (target) void navigate(target);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={unread > 0 ? t('bell.labelUnread', { count: unread }) : t('bell.label')}
          onClick={() => setOpened((value) => !value)}
        >
          <Indicator
            label={unread > 99 ? '99+' : unread}
            disabled={unread === 0}
            size={16}
            offset={2}
            color="red"
            inline
            aria-hidden
          >
            <IconBell size={20} stroke={1.6} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-labelledby="notification-panel-title">
        <NotificationPanel
          titleId="notification-panel-title"
          query={notifications}
          settingsPath={settingsPath}
          onOpen={open}
          onMarkAllRead={() => markAll.mutate(undefined, { onError: showFailure })}
          onClose={() => setOpened(false)}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
