import { expect, test } from '@playwright/test';
import {
  addDays,
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_CLIENT_RETAINER,
  escapeRegExp,
  formatDay,
  kpiValue,
  main,
  runId,
  seedTaskForVa,
  signIn,
  today,
  type SeededTask,
} from './support';

const KPI_CARDS = ['Tasks completed', 'Overdue tasks', 'On-time rate', 'Projects on time'];

/**
 * The founder reads the numbers: the task the VA checked off is counted on the dashboard, the
 * period can be changed, and she (unlike the OBM and the VA) sees the money.
 */
test.describe('founder journey', () => {
  let seeded: SeededTask;
  let founder: ApiUser;
  let va: ApiUser;

  // the OBM's part of the story, through the API: a task for the VA, due today
  test.beforeAll(async ({ playwright }, testInfo) => {
    const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    const suffix = runId();
    seeded = await seedTaskForVa(obm, {
      projectName: `Bilan trimestriel ${suffix}`,
      title: `Préparer le bilan des ventes ${suffix}`,
      dueDate: today(),
    });
    await obm.dispose();
    founder = await ApiUser.signIn(playwright, testInfo, DEMO.founder);
    va = await ApiUser.signIn(playwright, testInfo, DEMO.va);
  });

  test.afterAll(async () => {
    await founder?.dispose();
    await va?.dispose();
  });

  test('sees the task the VA checked off counted on the dashboard, per period', async ({
    page,
  }) => {
    // the default period: the last 30 days, today included (`to` is excluded)
    const to = addDays(today(), 1);
    const from30 = addDays(today(), -29);
    const from7 = addDays(today(), -6);
    let before = 0;

    await test.step('signs in and lands on the dashboard with the KPI cards', async () => {
      await signIn(page, DEMO.founder);
      await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/dashboard$/);
      await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
      for (const card of KPI_CARDS) {
        await expect(page.getByRole('region', { name: card, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('heading', { name: 'Throughput' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Workload' })).toBeVisible();
      // what the OBM and the VA do not get
      await expect(
        page
          .getByRole('navigation', { name: 'Main navigation' })
          .getByRole('link', { name: 'Audit log' }),
      ).toBeVisible();
      const expected = await founder.dashboard(seeded.workspaceId, from30, to);
      await expect.poll(() => kpiValue(page, 'Tasks completed')).toBe(expected.tasksCompleted);
      before = expected.tasksCompleted;
      await checkScreen(page, 'founder-dashboard');
    });

    await test.step('the VA checks the task off', async () => {
      const task = await va.task(seeded.workspaceId, seeded.taskId);
      await va.patch(`/workspaces/${seeded.workspaceId}/tasks/${seeded.taskId}`, {
        status: 'done',
        version: task.version,
      });
    });

    await test.step('the task is counted once the dashboard is read again', async () => {
      await page.reload();
      await expect.poll(() => kpiValue(page, 'Tasks completed')).toBe(before + 1);
      const after = await founder.dashboard(seeded.workspaceId, from30, to);
      expect(after.tasksCompleted).toBe(before + 1);
      await expect(
        page.getByText(
          `${formatDay(from30, 'en-GB', { dateStyle: 'medium' })} to ${formatDay(today(), 'en-GB', { dateStyle: 'medium' })}`,
        ),
      ).toBeVisible();
    });

    await test.step('chooses another period: the figures follow', async () => {
      const answer = page.waitForResponse(
        (response) =>
          response.url().includes(`/dashboard?`) &&
          response.url().includes(`from=${from7}`) &&
          response.ok(),
      );
      await page.getByText('Last 7 days', { exact: true }).click();
      await expect(page).toHaveURL(/[?&]period=7d/);
      const week = (await (await answer).json()) as { tasksCompleted: number };
      await expect(
        page.getByText(
          `${formatDay(from7, 'en-GB', { dateStyle: 'medium' })} to ${formatDay(today(), 'en-GB', { dateStyle: 'medium' })}`,
        ),
      ).toBeVisible();
      await expect.poll(() => kpiValue(page, 'Tasks completed')).toBe(week.tasksCompleted);
      // the task done today is in the last 7 days too
      expect(week.tasksCompleted).toBeGreaterThanOrEqual(1);
      expect(week.tasksCompleted).toBeLessThanOrEqual(before + 1);
      expect((await founder.dashboard(seeded.workspaceId, from7, to)).tasksCompleted).toBe(
        week.tasksCompleted,
      );
    });

    await test.step('sees the clients with their terms (money is hers to see)', async () => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Clients' })
        .click();
      const table = main(page).getByRole('table');
      await expect(table.getByRole('columnheader', { name: 'Terms' })).toBeVisible();
      await expect(
        table.getByRole('row', { name: new RegExp(escapeRegExp(DEMO_CLIENT_RETAINER)) }),
      ).toContainText('€2,400.00/month');
      await checkScreen(page, 'founder-clients');

      // the form the OBM sees without money has the retainer's amount for her
      await page.getByRole('button', { name: `Actions for ${DEMO_CLIENT_RETAINER}` }).click();
      await page.getByRole('menuitem', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit the client' });
      await expect(dialog.getByRole('textbox', { name: 'Monthly retainer' })).toHaveValue('2400');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('sees the team', async () => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Team' })
        .click();
      await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Role of Léa Moreau' })).toBeVisible();
      await checkScreen(page, 'founder-team');
    });
  });
});
