import { expect, test } from '@playwright/test';
import { ApiUser, checkScreen, DEMO, DEMO_CLIENT_HOURLY, main, runId, signIn } from './support';

/**
 * The OBM brings tasks over from Trello: a CSV export with one bad row, imported into a project
 * as a job she follows to its end. The founder reads the failed jobs page, which the VA cannot.
 */
test.describe('CSV import journey', () => {
  test('the OBM imports a Trello export: good rows become tasks, the bad row is reported by line', async ({
    page,
    playwright,
  }, testInfo) => {
    test.setTimeout(90_000);
    const suffix = runId();
    const projectName = `Reprise Trello ${suffix}`;
    const titles = [`Photographier la collection ${suffix}`, `Rédiger les fiches ${suffix}`];
    // line 1 the header; line 3 has no title
    const csv = [
      'Card ID,Card Name,Card Description,Due Date,List Name,Priority',
      `c1,${titles[0]},"Lumière du matin, fond blanc",15/12/2030,To Do,High`,
      'c2,,Une carte sans titre,,To Do,',
      `c3,${titles[1]},,,Doing,Low`,
    ].join('\r\n');

    const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    const workspaceId = await obm.demoWorkspaceId();
    const clients = await obm.get<{ items: { id: string; name: string }[] }>(
      `/workspaces/${workspaceId}/clients?limit=200`,
    );
    const client = clients.items.find((c) => c.name === DEMO_CLIENT_HOURLY);
    expect(client, 'the demo client exists').toBeDefined();
    const project = await obm.post<{ id: string }>(`/workspaces/${workspaceId}/projects`, {
      clientId: client!.id,
      name: projectName,
    });

    await test.step('opens the import from the projects screen', async () => {
      await signIn(page, DEMO.obm);
      await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/projects$/);
      await main(page).getByRole('link', { name: 'Import tasks' }).click();
      await expect(page).toHaveURL(/\/import$/);
      await expect(page.getByRole('heading', { name: 'Import tasks', level: 1 })).toBeVisible();
      await checkScreen(page, 'obm-import');
    });

    await test.step('chooses the file: its columns are guessed and previewed', async () => {
      await page.locator('input[type="file"]').setInputFiles({
        name: 'trello-export.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await expect(page.getByText('3 rows under the header, 6 columns')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Title' })).toHaveValue('Card Name');
      await expect(page.getByRole('combobox', { name: 'Description' })).toHaveValue(
        'Card Description',
      );
      await expect(page.getByRole('combobox', { name: 'Due date' })).toHaveValue('Due Date');
      await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('List Name');
      await expect(page.getByRole('combobox', { name: 'Priority' })).toHaveValue('Priority');
      await expect(page.getByRole('radio', { name: '3 April (day first)' })).toBeChecked();
      const preview = page.getByRole('table', { name: 'All 3 rows of the file' });
      await expect(preview.getByText(titles[0])).toBeVisible();
    });

    await test.step('picks the project with the keyboard and starts the import', async () => {
      const select = page.getByRole('combobox', { name: 'Project' });
      await select.click();
      await select.fill(projectName);
      await page.getByRole('option', { name: projectName }).click();
      await expect(select).toHaveValue(projectName);
      await checkScreen(page, 'obm-import-mapping');
      await page.getByRole('button', { name: 'Import 3 rows' }).click();
    });

    await test.step('follows the progress to the end, and reads the bad row’s line', async () => {
      await expect(page).toHaveURL(/\/import\?import=[0-9a-f-]+$/);
      const bar = page.getByRole('progressbar', { name: 'Import progress' });
      await expect(bar).toHaveAttribute('aria-valuetext', '3 of 3 rows');
      await expect(bar).toHaveAttribute('aria-valuenow', '3');
      await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('2 tasks imported');
      await expect(page.getByRole('alert')).toContainText('1 row was not imported');
      const badRows = page.getByRole('table', { name: 'Rows not imported' });
      await expect(badRows.getByRole('row')).toHaveCount(2);
      await expect(badRows.getByRole('row').nth(1)).toContainText('3');
      await expect(badRows.getByRole('row').nth(1)).toContainText('The title is empty');
      await checkScreen(page, 'obm-import-result');
    });

    await test.step('finds the imported tasks in the project', async () => {
      await page.getByRole('link', { name: 'Open the project' }).click();
      await expect(page).toHaveURL(new RegExp(`/projects/${project.id}`));
      await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
      for (const title of titles) await expect(main(page).getByText(title)).toBeVisible();
      const tasks = await obm.get<{ items: { title: string; status: string; dueDate: string }[] }>(
        `/workspaces/${workspaceId}/tasks?projectId=${project.id}&limit=200`,
      );
      expect(tasks.items.map((task) => [task.title, task.status, task.dueDate]).sort()).toEqual(
        [
          [titles[0], 'todo', '2030-12-15'],
          [titles[1], 'in_progress', null],
        ].sort(),
      );
    });

    await obm.dispose();
  });

  test('the founder reads the failed jobs page; the VA can reach neither it nor the import', async ({
    page,
    browser,
    playwright,
  }, testInfo) => {
    const founder = await ApiUser.signIn(playwright, testInfo, DEMO.founder);
    const workspaceId = await founder.demoWorkspaceId();
    await founder.dispose();

    await test.step('the founder opens Failed jobs from the navigation', async () => {
      await signIn(page, DEMO.founder);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Failed jobs' })
        .click();
      await expect(page).toHaveURL(/\/admin\/jobs$/);
      await expect(page.getByRole('heading', { name: 'Failed jobs', level: 1 })).toBeVisible();
      await expect(
        main(page)
          .getByText('No failed jobs', { exact: true })
          .or(main(page).getByRole('table', { name: 'Failed jobs, newest first' })),
      ).toBeVisible();
      await checkScreen(page, 'founder-failed-jobs');
    });

    await test.step('the VA has no link to it, and is refused at its address', async () => {
      const vaPage = await browser.newPage();
      await signIn(vaPage, DEMO.va);
      const nav = vaPage.getByRole('navigation', { name: 'Main navigation' });
      await expect(nav.getByRole('link', { name: 'My tasks' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Failed jobs' })).toHaveCount(0);
      await vaPage.goto(`/w/${workspaceId}/admin/jobs`);
      await expect(vaPage.getByText('Not available for your role')).toBeVisible();
      await expect(vaPage.getByRole('heading', { name: 'Failed jobs' })).toHaveCount(0);
      // she creates only her own tasks: importing for the team is not hers either
      await vaPage.goto(`/w/${workspaceId}/import`);
      await expect(vaPage.getByText('Not available for your role')).toBeVisible();
      await vaPage.close();
    });
  });
});
