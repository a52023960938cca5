import { expect, test, type Page } from '@playwright/test';
import {
  addDays,
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_CLIENT_RETAINER,
  DEMO_VA_NAME,
  escapeRegExp,
  main,
  runId,
  seedTaskForVa,
  signIn,
  today,
  type SeededTask,
} from './support';

interface BudgetsAnswer {
  items: { clientName: string; hoursUsed: number; budgetHours: number | null }[];
}

interface EntriesAnswer {
  items: { id: string; minutes: number | null; approved: boolean; running: boolean }[];
}

/** Hours as the web client writes them in English (one decimal at most). */
const hours = (value: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/**
 * Time, from the timer to the budget: the VA times her work on a task of the retainer client,
 * the OBM approves it in the time sheet, and the founder sees that client's budget burn move.
 * Each role sees only what it may: the VA approves nothing and sees no budgets, the OBM sees the
 * hours but no money.
 *
 * What goes through the UI and what does not: the task is prepared through the API (the OBM's
 * journey covers creating tasks); the timer is started and stopped in the UI, and the minute it
 * records is then changed to 3 hours in the UI's edit form (a journey cannot wait hours); the
 * "before" and "after" figures are also read from the API to check what the screens show.
 */
test.describe.serial('time journey', () => {
  /** Minutes the VA's entry ends up with. */
  const LOGGED_MINUTES = 180;
  let seeded: SeededTask;
  let founder: ApiUser;
  let va: ApiUser;
  let obm: ApiUser;
  let burnBefore: number;
  let budgetHours: number;
  let entryId: string;
  let objectiveTitle: string;

  const retainerHours = async () => {
    const budgets = await founder.get<BudgetsAnswer>(`/workspaces/${seeded.workspaceId}/budgets`);
    const retainer = budgets.items.find((item) => item.clientName === DEMO_CLIENT_RETAINER);
    expect(retainer, 'the retainer client has a budget line').toBeDefined();
    return retainer!;
  };
  const taskEntries = () =>
    va.get<EntriesAnswer>(`/workspaces/${seeded.workspaceId}/time-entries?taskId=${seeded.taskId}`);

  test.beforeAll(async ({ playwright }, testInfo) => {
    obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    founder = await ApiUser.signIn(playwright, testInfo, DEMO.founder);
    va = await ApiUser.signIn(playwright, testInfo, DEMO.va);
    const suffix = runId();
    seeded = await seedTaskForVa(obm, {
      projectName: `Webinaire de printemps ${suffix}`,
      title: `Monter les diapositives du webinaire ${suffix}`,
      dueDate: today(),
      clientName: DEMO_CLIENT_RETAINER,
    });
    const retainer = await retainerHours();
    burnBefore = retainer.hoursUsed;
    expect(retainer.budgetHours).not.toBeNull();
    budgetHours = retainer.budgetHours!;
    // an objective for the founder to delete at the end of the story
    objectiveTitle = `Objectif à retirer ${suffix}`;
    await founder.post(`/workspaces/${seeded.workspaceId}/objectives`, {
      title: objectiveTitle,
      periodStart: today(),
      periodEnd: today(),
      keyResults: [{ title: 'Inscriptions', start: 0, target: 40, current: 10 }],
    });
  });

  test.afterAll(async () => {
    await Promise.all([founder?.dispose(), va?.dispose(), obm?.dispose()]);
  });

  // each test checks several screens with axe, slow on a busy machine
  test.beforeEach(() => test.setTimeout(150_000));

  test('the VA times her work on the task, stops the timer and sets its real length', async ({
    page,
  }) => {
    const drawer = page.getByRole('dialog');

    await test.step('opens her task of the retainer client from My tasks', async () => {
      await signIn(page, DEMO.va);
      await expect(page).toHaveURL(/\/my-tasks$/);
      await page
        .getByRole('listitem')
        .filter({ hasText: seeded.title })
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(seeded.title)}`) })
        .click();
      await expect(drawer.getByRole('heading', { name: seeded.title })).toBeVisible();
      await expect(drawer.getByText('No time logged on this task yet.')).toBeVisible();
    });

    await test.step('starts the timer: the header shows it running', async () => {
      await drawer.getByRole('button', { name: `Start the timer on “${seeded.title}”` }).click();
      await expect(
        page.getByRole('group', { name: `Timer running on “${seeded.title}”` }),
      ).toBeVisible();
      await expect
        .poll(async () => (await taskEntries()).items.map((e) => e.running))
        .toEqual([true]);
      await checkScreen(page, 'va-timer-running');
    });

    await test.step('stops it: the entry is in the task’s time, to be approved', async () => {
      await drawer.getByRole('button', { name: `Stop the timer on “${seeded.title}”` }).click();
      await expect(
        page.getByRole('group', { name: `Timer running on “${seeded.title}”` }),
      ).toHaveCount(0);
      const list = drawer.getByRole('list', { name: 'Time' });
      await expect(list.getByRole('listitem')).toHaveCount(1);
      await expect(list.getByRole('listitem')).toContainText('To approve');
      const [entry] = (await taskEntries()).items;
      expect(entry).toMatchObject({ running: false, approved: false });
      // a timer stopped at once records its first minute
      expect(entry.minutes).toBeGreaterThanOrEqual(1);
      entryId = entry.id;
    });

    await test.step('sets the real length, 3 hours, in the entry’s edit form', async () => {
      await drawer.getByRole('button', { name: /^Edit the entry of / }).click();
      const form = drawer.getByRole('form', { name: 'Edit the time entry' });
      await form.getByRole('textbox', { name: 'Duration' }).fill('3h');
      await expect(form.getByText('= 3h')).toBeVisible();
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Time entry saved' })).toBeVisible();
      await expect(drawer.getByRole('list', { name: 'Time' })).toContainText('3h');
      await expect(drawer.getByText('3h logged')).toBeVisible();
      await expect
        .poll(async () => (await taskEntries()).items.map((e) => [e.id, e.minutes]))
        .toEqual([[entryId, LOGGED_MINUTES]]);
      // no money anywhere on her screen
      await expect(drawer).not.toContainText(/€|EUR/);
      await drawer.getByRole('button', { name: 'Close the task' }).click();
      await expect(drawer).toBeHidden();
    });

    await test.step('sees it in her time sheet, with nothing to approve and no budgets', async () => {
      await nav(page).getByRole('link', { name: 'Time' }).click();
      const row = main(page).getByRole('row').filter({ hasText: seeded.title });
      await expect(row).toContainText('3h');
      await expect(row).toContainText('To approve');
      await expect(main(page).getByRole('button', { name: /^Approve/ })).toHaveCount(0);
      await expect(main(page).getByRole('checkbox', { name: /^Select/ })).toHaveCount(0);
      await expect(main(page)).not.toContainText(/€|EUR/);
      await expect(nav(page).getByRole('link', { name: 'Budgets' })).toHaveCount(0);
      await checkScreen(page, 'va-time-sheet');
      // nor may she approve through the API
      expect(
        await va.statusOf('POST', `/workspaces/${seeded.workspaceId}/time-entries/approve`, {
          ids: [entryId],
        }),
      ).toBe(403);
    });
  });

  test('the OBM approves it in the time sheet, and sees the hours without money', async ({
    page,
  }) => {
    await test.step('finds the VA’s entry waiting in the time sheet', async () => {
      await signIn(page, DEMO.obm);
      await nav(page).getByRole('link', { name: 'Time' }).click();
      await expect(page.getByRole('heading', { name: 'Time', level: 1 })).toBeVisible();
      const row = main(page).getByRole('row').filter({ hasText: seeded.title });
      await expect(row).toContainText(DEMO_VA_NAME);
      await expect(row).toContainText('3h');
      await expect(row).toContainText('To approve');
      // the time sheet shows her no value column and no amount
      await expect(main(page)).not.toContainText(/€|EUR/);
      await checkScreen(page, 'obm-time-sheet');
    });

    await test.step('approves it in one click', async () => {
      const row = main(page).getByRole('row').filter({ hasText: seeded.title });
      await row
        .getByRole('button', { name: `Approve the entry of ${DEMO_VA_NAME} on “${seeded.title}”` })
        .click();
      await expect(row).toContainText('Approved');
      await expect(row.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
      await expect
        .poll(async () => (await taskEntries()).items.map((e) => e.approved))
        .toEqual([true]);
    });

    await test.step('sees the client’s budget burn in hours, never in money', async () => {
      await nav(page).getByRole('link', { name: 'Budgets' }).click();
      const card = main(page).getByRole('region', { name: DEMO_CLIENT_RETAINER });
      await expect(card).toContainText(
        `${hours(burnBefore + LOGGED_MINUTES / 60)} h of ${hours(budgetHours)} h`,
      );
      await expect(main(page).getByRole('region', { name: 'Margin' })).toHaveCount(0);
      await expect(main(page)).not.toContainText(/€|EUR/);
      await checkScreen(page, 'obm-budgets');
    });

    await test.step('gets the same dashboard charts as the founder, without money', async () => {
      await nav(page).getByRole('link', { name: 'Dashboard' }).click();
      await expect(page.getByRole('heading', { name: 'Budget burn' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Hours by week' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Objective progress' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Hours logged' })).toBeVisible();
      for (const money of ['Revenue', 'Team cost', 'Margin']) {
        await expect(page.getByRole('region', { name: money, exact: true })).toHaveCount(0);
      }
      await expect(main(page)).not.toContainText(/€|EUR/);
      await checkScreen(page, 'obm-dashboard');
    });
  });

  test('the founder sees the retainer client’s burn move, money included', async ({ page }) => {
    const after = burnBefore + LOGGED_MINUTES / 60;

    await test.step('the budgets count the 3 hours, with what the client pays', async () => {
      expect((await retainerHours()).hoursUsed).toBeCloseTo(after, 2);
      await signIn(page, DEMO.founder);
      await nav(page).getByRole('link', { name: 'Budgets' }).click();
      const card = main(page).getByRole('region', { name: DEMO_CLIENT_RETAINER });
      await expect(card).toContainText(`${hours(after)} h of ${hours(budgetHours)} h`);
      await expect(card).toContainText('€');
      await expect(main(page).getByRole('region', { name: 'Margin' })).toBeVisible();
      await checkScreen(page, 'founder-budgets');
    });

    await test.step('the dashboard’s burn chart and hours by week count them too', async () => {
      await nav(page).getByRole('link', { name: 'Dashboard' }).click();
      // the screen's default period: the last 30 days, today included
      const dashboard = await founder.get<{
        hoursByWeek: { weekStart: string; hours: number; billableHours: number }[];
      }>(
        `/workspaces/${seeded.workspaceId}/dashboard?from=${addDays(today(), -29)}&to=${addDays(today(), 1)}`,
      );
      // the charts' tables, for screen readers, carry the same figures as the bars
      const burn = page.getByRole('table', { name: 'Budget burn' });
      await expect(
        burn
          .getByRole('row')
          .filter({ hasText: DEMO_CLIENT_RETAINER })
          .getByRole('cell', { name: `${hours(after)} h`, exact: true }),
      ).toHaveCount(1);
      // the last week of the period is this one: it holds the 3 billable hours just logged
      const thisWeek = dashboard.hoursByWeek.at(-1)!;
      expect(thisWeek.billableHours).toBeGreaterThanOrEqual(LOGGED_MINUTES / 60);
      const weekRows = page.getByRole('table', { name: 'Hours by week' }).getByRole('row');
      await expect(weekRows).toHaveCount(dashboard.hoursByWeek.length + 1);
      await expect(
        weekRows
          .last()
          .getByRole('cell', { name: `${hours(thisWeek.billableHours)} h` })
          .first(),
      ).toBeVisible();
      await expect(page.getByRole('region', { name: 'Revenue', exact: true })).toBeVisible();
    });

    await test.step('deletes an objective, after confirming', async () => {
      await nav(page).getByRole('link', { name: 'Objectives' }).click();
      const heading = main(page).getByRole('heading', { name: objectiveTitle });
      await expect(heading).toBeVisible();
      await checkScreen(page, 'founder-objectives');
      await main(page)
        .getByRole('button', { name: `Delete “${objectiveTitle}”` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Delete this objective?' });
      await expect(dialog).toContainText(`“${objectiveTitle}” and its key results`);
      await dialog.getByRole('button', { name: 'Delete the objective' }).click();
      await expect(dialog).toBeHidden();
      await expect(heading).toHaveCount(0);
      const left = await founder.get<{ items: { title: string }[] }>(
        `/workspaces/${seeded.workspaceId}/objectives?limit=100`,
      );
      expect(left.items.map((objective) => objective.title)).not.toContain(objectiveTitle);
    });
  });
});
