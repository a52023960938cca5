/** The signed-in user's notifications live under `['me', 'notifications']`. */
export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  recent: ['me', 'notifications', 'recent'] as const,
  preferences: ['me', 'notification-preferences'] as const,
};
