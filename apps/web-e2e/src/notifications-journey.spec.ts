import { expect, test } from '@playwright/test';
import {
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_VA_NAME,
  escapeRegExp,
  runId,
  seedTaskForVa,
  signIn,
} from './support';

interface NotificationsPage {
  items: { id: string; kind: string; data: { taskId?: string }; readAt: string | null }[];
  unreadCount: number;
}

/** The bell's accessible name for a number of unread notifications. */
const bellName = (unread: number) =>
  unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;

/**
 * The VA hears of her work through the bell: the OBM assigns her a task, the bell counts it,
 * one click on the notification opens the task and the count drops. Then she turns the
 * assignment emails off, and the setting stays.
 */
test.describe('notifications journey', () => {
  test('the bell leads the VA to her new task, and her email settings stick', async ({
    page,
    playwright,
  }, testInfo) => {
    const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    const va = await ApiUser.signIn(playwright, testInfo, DEMO.va);
    const suffix = runId();
    // a calm bell to start from, so the count is the OBM's doing
    await va.post('/me/notifications/read-all', {});
    const seeded = await seedTaskForVa(obm, {
      projectName: `Lancement du podcast ${suffix}`,
      title: `Écrire le script de l’épisode 1 ${suffix}`,
      dueDate: null,
    });
    const mine = await va.get<NotificationsPage>('/me/notifications?limit=50');
    const assignment = mine.items.find(
      (n) => n.kind === 'task_assigned' && n.data.taskId === seeded.taskId,
    );
    expect(assignment, 'the assignment notification').toBeDefined();
    expect(assignment!.readAt).toBeNull();
    const unread = mine.unreadCount;
    const bell = page.getByRole('button', { name: /^Notifications/ });

    await test.step('signs in and sees the unread count on the bell', async () => {
      await signIn(page, DEMO.va);
      await expect(bell).toHaveAccessibleName(bellName(unread));
      await expect(bell).toContainText(String(unread));
    });

    await test.step('opens the list: who did what on which task, unread', async () => {
      await bell.click();
      const panel = page.getByRole('dialog', { name: 'Notifications' });
      await expect(panel).toBeVisible();
      const item = panel.getByRole('button', {
        name: new RegExp(`^Unread: .+ assigned you “${escapeRegExp(seeded.title)}”`),
      });
      await expect(item).toBeVisible();
      await expect(item).toContainText(seeded.projectName);
      await checkScreen(page, 'notifications-bell');
    });

    await test.step('clicks the notification, lands on the task, and the count drops', async () => {
      await page
        .getByRole('dialog', { name: 'Notifications' })
        .getByRole('button', { name: new RegExp(`assigned you “${escapeRegExp(seeded.title)}”`) })
        .click();
      await expect(page).toHaveURL(
        new RegExp(
          `/w/${seeded.workspaceId}/projects/${seeded.projectId}\\?task=${seeded.taskId}$`,
        ),
      );
      const drawer = page.getByRole('dialog', { name: 'Task' });
      // a VA reads the title (she may not rename the task)
      await expect(drawer.getByRole('heading', { name: seeded.title })).toBeVisible();
      await expect(bell).toHaveAccessibleName(bellName(unread - 1));
      await expect
        .poll(async () => {
          const after = await va.get<NotificationsPage>('/me/notifications?limit=50');
          return after.items.find((n) => n.id === assignment!.id)?.readAt ?? null;
        })
        .not.toBeNull();
    });

    await test.step('turns assignment emails off from the account menu', async () => {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: `Account menu for ${DEMO_VA_NAME}` }).click();
      await page.getByRole('menuitem', { name: 'Notification settings' }).click();
      await expect(page).toHaveURL(/\/settings\/notifications$/);
      await expect(
        page.getByRole('heading', { name: 'Notification settings', level: 1 }),
      ).toBeVisible();
      const assigned = page.getByRole('switch', { name: /A task is assigned to me/ });
      await expect(assigned).toBeChecked();
      // a VA gets no founder's digest nor budget alerts
      await expect(page.getByRole('switch', { name: /Weekly digest/ })).toHaveCount(0);
      await checkScreen(page, 'notification-settings');

      await assigned.click();
      await expect(assigned).not.toBeChecked();
      await expect(page.getByRole('status').filter({ hasText: 'Preferences saved' })).toBeVisible();
    });

    await test.step('the setting is still off after a reload, and on the server', async () => {
      await page.reload();
      const assigned = page.getByRole('switch', { name: /A task is assigned to me/ });
      await expect(assigned).not.toBeChecked();
      await expect(page.getByRole('switch', { name: /Someone mentions me/ })).toBeChecked();
      const preferences = await va.get<Record<string, boolean>>('/me/notification-preferences');
      expect(preferences).toMatchObject({ task_assigned: false, mention: true });
    });

    await obm.dispose();
    await va.dispose();
  });
});
