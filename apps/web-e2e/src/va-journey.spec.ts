import { expect, test } from '@playwright/test';
import {
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_CLIENT_HOURLY,
  escapeRegExp,
  main,
  runId,
  seedTaskForVa,
  signIn,
  today,
  type SeededTask,
} from './support';

/**
 * The VA executes: she finds the task the OBM assigned her in My tasks and checks it off in one
 * click, with an undo. She manages no project, no client, and sees no money.
 */
test.describe('VA journey', () => {
  let seeded: SeededTask;

  // what the OBM's journey does, through the API: a project and a task for the VA, due today
  test.beforeAll(async ({ playwright }, testInfo) => {
    const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    const suffix = runId();
    seeded = await seedTaskForVa(obm, {
      projectName: `Soldes d’hiver ${suffix}`,
      title: `Programmer la newsletter des soldes ${suffix}`,
      dueDate: today(),
    });
    await obm.dispose();
  });

  test('finds the assigned task in My tasks and checks it off in one click, with undo', async ({
    page,
    playwright,
  }, testInfo) => {
    const va = await ApiUser.signIn(playwright, testInfo, DEMO.va);
    const serverStatus = async () => (await va.task(seeded.workspaceId, seeded.taskId)).status;
    const checkbox = page.getByRole('checkbox', { name: `Done: ${seeded.title}` });

    await test.step('signs in and lands on My tasks', async () => {
      await signIn(page, DEMO.va);
      await expect(page).toHaveURL(/\/my-tasks$/);
      await expect(page.getByRole('heading', { name: 'My tasks', level: 1 })).toBeVisible();
    });

    await test.step('finds the task due today, with its client and project', async () => {
      const todayGroup = page.getByRole('region', { name: 'Today' });
      const row = todayGroup.getByRole('listitem').filter({ hasText: seeded.title });
      await expect(row).toBeVisible();
      await expect(row).toContainText(`${DEMO_CLIENT_HOURLY} · ${seeded.projectName}`);
      await expect(row.getByRole('checkbox', { name: `Done: ${seeded.title}` })).not.toBeChecked();
      await checkScreen(page, 'va-my-tasks');
    });

    await test.step('checks it off in one click: done at once, and saved', async () => {
      await checkbox.click();
      await expect(checkbox).toBeChecked();
      // it stays in place, struck through, with an undo in the notification
      const notice = page.getByRole('alert').filter({ hasText: `“${seeded.title}” done` });
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('button', { name: 'Undo' })).toBeVisible();
      // the pointer rests on Undo, as a hesitating user's would: the notice waits (it closes
      // after 6 s otherwise, shorter than a loaded machine's checks below)
      await notice.getByRole('button', { name: 'Undo' }).hover();
      await expect.poll(serverStatus).toBe('done');
      await checkScreen(page, 'va-my-tasks-done');
    });

    await test.step('undo brings it back, and one more click checks it off again', async () => {
      await page
        .getByRole('alert')
        .filter({ hasText: `“${seeded.title}” done` })
        .getByRole('button', { name: 'Undo' })
        .click();
      await expect(checkbox).not.toBeChecked();
      await expect.poll(serverStatus).toBe('todo');

      await checkbox.click();
      await expect(checkbox).toBeChecked();
      await expect.poll(serverStatus).toBe('done');
      const task = await va.task(seeded.workspaceId, seeded.taskId);
      expect(task.completedAt).not.toBeNull();
    });

    await test.step('opens the task: done, and read-only where she may not edit', async () => {
      await page
        .getByRole('listitem')
        .filter({ hasText: seeded.title })
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(seeded.title)}`) })
        .click();
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByRole('heading', { name: seeded.title })).toBeVisible();
      await expect(drawer.getByRole('combobox', { name: 'Status' })).toHaveValue('Done');
      // the OBM assigned it: the VA cannot reassign it, nor delete it
      await expect(drawer.getByRole('combobox', { name: 'Assignee' })).toHaveCount(0);
      await expect(drawer.getByRole('button', { name: 'Delete the task' })).toHaveCount(0);
      await checkScreen(page, 'va-task-drawer');
      await drawer.getByRole('button', { name: 'Close the task' }).click();
      await expect(drawer).toBeHidden();
    });

    await test.step('has no project, client or team management in the navigation', async () => {
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await expect(nav.getByRole('link', { name: 'My tasks' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
      for (const link of ['Projects', 'Clients', 'Team']) {
        await expect(nav.getByRole('link', { name: link })).toHaveCount(0);
      }
      await expect(page.getByRole('link', { name: /audit/i })).toHaveCount(0);
      await expect(main(page)).not.toContainText(/€|EUR/);
    });

    await test.step('sees the projects she works on, but cannot create one', async () => {
      await page.goto(`/w/${seeded.workspaceId}/projects`);
      await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
      await expect(main(page).getByRole('link', { name: seeded.projectName })).toBeVisible();
      await expect(page.getByRole('button', { name: 'New project' })).toHaveCount(0);
      await checkScreen(page, 'va-projects');
    });

    await test.step('cannot manage the clients', async () => {
      await page.goto(`/w/${seeded.workspaceId}/clients`);
      await expect(page.getByText('Not available for your role')).toBeVisible();
      await expect(page.getByRole('button', { name: 'New client' })).toHaveCount(0);
      await expect(main(page)).not.toContainText(DEMO_CLIENT_HOURLY);
    });

    await test.step('sees her own figures, without money', async () => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Dashboard' })
        .click();
      await expect(page.getByRole('region', { name: 'Tasks I completed' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Tasks completed', exact: true })).toHaveCount(
        0,
      );
      await expect(main(page)).not.toContainText(/€|EUR/);
      await checkScreen(page, 'va-dashboard');
    });

    await va.dispose();
  });
});
