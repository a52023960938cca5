import { expect, test } from '@playwright/test';
import {
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_CLIENT_HOURLY,
  DEMO_CLIENT_RETAINER,
  DEMO_VA_NAME,
  escapeRegExp,
  formatDay,
  main,
  runId,
  signIn,
  today,
  type TaskRecord,
} from './support';

/**
 * The OBM plans the work: a project for a client, a task for the VA with a due date, on the
 * board. She runs the team but sees no money and no audit log.
 */
test.describe('OBM journey', () => {
  test('creates a project for a client and assigns a dated task to the VA, without seeing money', async ({
    page,
    playwright,
  }, testInfo) => {
    test.setTimeout(90_000);
    const suffix = runId();
    const projectName = `Boutique de Noël ${suffix}`;
    const taskTitle = `Photographier la collection d’hiver ${suffix}`;
    const dueDate = today();

    await test.step('signs in and lands on the projects', async () => {
      await signIn(page, DEMO.obm);
      await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/projects$/);
      await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
      await checkScreen(page, 'obm-projects');
    });

    await test.step('has the management pages but no audit log', async () => {
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      for (const link of ['My tasks', 'Dashboard', 'Projects', 'Clients', 'Team']) {
        await expect(nav.getByRole('link', { name: link })).toBeVisible();
      }
      await expect(page.getByRole('link', { name: /audit/i })).toHaveCount(0);
    });

    await test.step('sees the clients without rates or amounts', async () => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Clients' })
        .click();
      await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
      const table = main(page).getByRole('table');
      await expect(
        table.getByRole('row', { name: new RegExp(escapeRegExp(DEMO_CLIENT_RETAINER)) }),
      ).toBeVisible();
      await expect(
        table.getByRole('row', { name: new RegExp(escapeRegExp(DEMO_CLIENT_HOURLY)) }),
      ).toBeVisible();
      // the engagement and the hours budget, never the terms (45 €/h, 2 400 €/month in the seed)
      await expect(table.getByRole('columnheader', { name: 'Engagement' })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Terms' })).toHaveCount(0);
      await expect(main(page)).not.toContainText(/€|EUR|2,400|45\.00/);
      await checkScreen(page, 'obm-clients');
    });

    await test.step('edits a retainer client without any money field', async () => {
      await page.getByRole('button', { name: `Actions for ${DEMO_CLIENT_RETAINER}` }).click();
      await page.getByRole('menuitem', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit the client' });
      await expect(dialog.getByRole('textbox', { name: 'Client name' })).toHaveValue(
        DEMO_CLIENT_RETAINER,
      );
      await expect(dialog.getByRole('textbox', { name: 'Monthly hours budget' })).toHaveValue('50');
      await expect(dialog.getByLabel('Monthly retainer', { exact: true })).toHaveCount(0);
      await expect(dialog.getByLabel('Hourly rate')).toHaveCount(0);
      await expect(dialog.getByLabel('Commission')).toHaveCount(0);
      await expect(dialog).not.toContainText(/€|2[\s\u202f,.]?400/);
      await checkScreen(page, 'obm-client-form');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();

      // a new client: whatever the engagement, no rate or amount to type
      await page.getByRole('button', { name: 'New client' }).click();
      const create = page.getByRole('dialog', { name: 'New client' });
      await expect(create.getByRole('textbox', { name: 'Client name' })).toBeVisible();
      await expect(create.getByLabel('Hourly rate')).toHaveCount(0);
      await create.getByRole('combobox', { name: 'Engagement' }).click();
      await page.getByRole('option', { name: 'Fixed fee + commission' }).click();
      await expect(create.getByRole('combobox', { name: 'Engagement' })).toHaveValue(
        'Fixed fee + commission',
      );
      await expect(create.getByLabel('Monthly fixed fee')).toHaveCount(0);
      await expect(create.getByLabel('Commission')).toHaveCount(0);
      await create.getByRole('button', { name: 'Cancel' }).click();
      await expect(create).toBeHidden();
    });

    await test.step('sees the team with roles and workload, without cost rates', async () => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Team' })
        .click();
      await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
      await expect(main(page).getByText(DEMO_VA_NAME)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Invite someone' })).toBeVisible();
      await expect(main(page)).not.toContainText(/€|EUR/);
      await checkScreen(page, 'obm-team');
    });

    await test.step('creates a project for a demo client', async () => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Projects' })
        .click();
      await page.getByRole('button', { name: 'New project' }).click();
      const dialog = page.getByRole('dialog', { name: 'New project' });
      await dialog.getByRole('textbox', { name: 'Project name' }).fill(projectName);
      await dialog.getByRole('combobox', { name: 'Client' }).click();
      await page.getByRole('option', { name: DEMO_CLIENT_HOURLY }).click();
      await expect(dialog.getByRole('combobox', { name: 'Client' })).toHaveValue(
        DEMO_CLIENT_HOURLY,
      );
      await checkScreen(page, 'obm-project-form');
      await dialog.getByRole('button', { name: 'Create the project' }).click();
      await expect(dialog).toBeHidden();

      const row = main(page).getByRole('row', { name: new RegExp(escapeRegExp(projectName)) });
      await expect(row).toContainText(DEMO_CLIENT_HOURLY);
      await row.getByRole('link', { name: projectName }).click();
      await expect(page).toHaveURL(/\/projects\/[0-9a-f-]+$/);
      await expect(page.getByRole('heading', { name: projectName })).toBeVisible();
    });

    await test.step('adds a task for the VA with a due date, and sees it on the board', async () => {
      await page.getByRole('button', { name: 'New task' }).click();
      const form = page.getByRole('form', { name: 'Quick add a task' });
      await form.getByRole('textbox', { name: 'Task title' }).fill(taskTitle);
      await form.getByRole('combobox', { name: 'Assignee' }).click();
      await page.getByRole('option', { name: DEMO_VA_NAME }).click();
      await form.getByRole('button', { name: 'Due date', exact: true }).click();
      await page
        .getByRole('button', {
          name: formatDay(dueDate, 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
          exact: true,
        })
        .click();
      await expect(form.getByRole('button', { name: 'Due date', exact: true })).toHaveText(
        formatDay(dueDate, 'en-GB', { dateStyle: 'medium' }),
      );
      await form.getByRole('button', { name: 'Add', exact: true }).click();
      // the field is cleared for the next task
      await expect(form.getByRole('textbox', { name: 'Task title' })).toHaveValue('');
      await form.getByRole('button', { name: 'Close quick add' }).click();

      const todo = page.getByRole('region', { name: 'To do' });
      const card = todo.getByRole('listitem').filter({ hasText: taskTitle });
      await expect(card).toBeVisible();
      await expect(card.getByLabel(`Assigned to ${DEMO_VA_NAME}`)).toBeVisible();
      await expect(card.locator(`time[datetime="${dueDate}"]`)).toHaveText(
        formatDay(dueDate, 'en-GB', { day: 'numeric', month: 'short' }),
      );
      // saved, not only drawn: the handle to move it appears once the server answered
      await expect(card.getByRole('button', { name: `Move “${taskTitle}”` })).toBeVisible();
      await checkScreen(page, 'obm-board');
    });

    await test.step('opens the task: assigned to the VA, due on the chosen day', async () => {
      await page
        .getByRole('region', { name: 'To do' })
        .getByRole('listitem')
        .filter({ hasText: taskTitle })
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(taskTitle)}`) })
        .click();
      await expect(page).toHaveURL(/[?&]task=[0-9a-f-]+/);
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByRole('combobox', { name: 'Assignee' })).toHaveValue(DEMO_VA_NAME);
      await expect(drawer.getByRole('button', { name: 'Due date', exact: true })).toHaveText(
        formatDay(dueDate, 'en-GB', { dateStyle: 'medium' }),
      );
      await checkScreen(page, 'obm-task-drawer');

      // the server has it as the board shows it
      const taskId = new URL(page.url()).searchParams.get('task')!;
      const workspaceId = /\/w\/([0-9a-f-]+)\//.exec(page.url())![1];
      const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
      const va = await ApiUser.signIn(playwright, testInfo, DEMO.va);
      const task: TaskRecord = await obm.task(workspaceId, taskId);
      expect(task).toMatchObject({
        title: taskTitle,
        dueDate,
        status: 'todo',
        assigneeId: va.userId,
      });
      await obm.dispose();
      await va.dispose();
    });
  });
});
