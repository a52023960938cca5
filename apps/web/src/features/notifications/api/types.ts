export {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferences,
  type NotificationResponse,
  type NotificationsPage,
} from '@relais/domain';
