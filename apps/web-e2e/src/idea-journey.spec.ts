import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_CLIENT_HOURLY,
  DEMO_VA_NAME,
  escapeRegExp,
  main,
  runId,
  signIn,
  type TaskRecord,
} from './support';

/** A page of its own for one demo user (the journey passes the work from one to the next). */
async function pageFor(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function openIdeas(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Ideas' })
    .click();
  await expect(page.getByRole('heading', { name: 'Ideas', level: 1 })).toBeVisible();
}

interface IdeaRecord {
  id: string;
  status: string;
  projectId: string | null;
}

interface ProjectTaskRecord extends TaskRecord {
  processId: string | null;
  checklist: { title: string; done: boolean }[];
}

/**
 * From an idea to the work: the founder drops an idea, the OBM accepts it and turns it into a
 * project whose first task, assigned to the VA, follows a process of the library; the VA opens
 * the task from My tasks and has the process at hand. The OBM also starts a task from a task
 * template made from that process.
 */
test.describe('Idea journey', () => {
  test('an idea becomes a project whose task, linked to a process, the VA opens with the process', async ({
    browser,
    playwright,
  }, testInfo) => {
    test.setTimeout(150_000);
    const suffix = runId();
    const ideaTitle = `Vendre des coffrets cadeaux ${suffix}`;
    const projectName = `Coffrets cadeaux ${suffix}`;
    const taskTitle = `Mettre en ligne le premier coffret ${suffix}`;
    const processTitle = `Publier une fiche produit ${suffix}`;
    const processBody = [
      'Chaque nouveau produit suit ces étapes.',
      '',
      '## Étapes',
      '1. Photographier le produit sur fond blanc',
      '2. Rédiger la description et le prix',
      '3. Publier la fiche et vérifier sur mobile',
    ].join('\n');

    // the process library has the SOP; a task template is made from it
    const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    const va = await ApiUser.signIn(playwright, testInfo, DEMO.va);
    const workspaceId = await obm.demoWorkspaceId();
    const process = await obm.post<{ id: string }>(`/workspaces/${workspaceId}/processes`, {
      title: processTitle,
      category: 'Boutique',
      body: processBody,
    });
    const template = await obm.post<{ id: string; title: string; checklist: unknown[] }>(
      `/workspaces/${workspaceId}/processes/${process.id}/template`,
      {},
    );
    expect(template.checklist).toHaveLength(3);

    const founderPage = await pageFor(browser, DEMO.founder);

    await test.step('the founder drops an idea in the inbox', async () => {
      await openIdeas(founderPage);
      const capture = founderPage.getByRole('form', { name: 'Drop an idea' });
      await capture.getByRole('textbox', { name: 'New idea' }).fill(ideaTitle);
      await capture.getByRole('button', { name: 'Add notes' }).click();
      await capture
        .getByRole('textbox', { name: 'Notes (optional)' })
        .fill('Pour les fêtes : trois produits, un joli emballage.');
      await capture.getByRole('button', { name: 'Drop it' }).click();
      const card = main(founderPage).getByRole('article', { name: ideaTitle });
      await expect(card).toBeVisible();
      await expect(card).toContainText('In the inbox');
      await checkScreen(founderPage, 'idea-founder-inbox');
    });

    const obmPage = await pageFor(browser, DEMO.obm);
    let projectUrl = '';

    await test.step('the OBM accepts the idea', async () => {
      await openIdeas(obmPage);
      await expect(obmPage.getByRole('form', { name: 'Drop an idea' })).toHaveCount(0);
      const card = main(obmPage).getByRole('article', { name: ideaTitle });
      await expect(card).toBeVisible();
      await checkScreen(obmPage, 'idea-obm-inbox');
      await card.getByRole('button', { name: `Accept “${ideaTitle}”` }).click();
      await expect(card).toBeHidden();
      await obmPage.getByRole('tab', { name: /^Accepted/ }).click();
      await expect(main(obmPage).getByRole('article', { name: ideaTitle })).toContainText(
        'Accepted',
      );
    });

    await test.step('and turns it into a project with a first task for the VA', async () => {
      await main(obmPage)
        .getByRole('article', { name: ideaTitle })
        .getByRole('button', { name: `Turn into a project: “${ideaTitle}”` })
        .click();
      const dialog = obmPage.getByRole('dialog', { name: 'Turn the idea into a project' });
      await dialog.getByRole('combobox', { name: 'Client' }).click();
      await obmPage.getByRole('option', { name: DEMO_CLIENT_HOURLY }).click();
      await dialog.getByRole('textbox', { name: 'Project name' }).fill(projectName);
      await dialog.getByRole('textbox', { name: 'Task 1' }).fill(taskTitle);
      await dialog.getByRole('combobox', { name: 'Assignee of task 1' }).click();
      await obmPage.getByRole('option', { name: DEMO_VA_NAME }).click();
      await checkScreen(obmPage, 'idea-convert');
      await dialog.getByRole('button', { name: 'Create the project' }).click();
      await expect(dialog).toBeHidden();

      // the new project opens, with its first task on the board
      await expect(obmPage).toHaveURL(/\/projects\/[0-9a-f-]+$/);
      await expect(obmPage.getByRole('heading', { name: projectName })).toBeVisible();
      projectUrl = new URL(obmPage.url()).pathname;
      const card = obmPage
        .getByRole('region', { name: 'To do' })
        .getByRole('listitem')
        .filter({ hasText: taskTitle });
      await expect(card.getByLabel(`Assigned to ${DEMO_VA_NAME}`)).toBeVisible();
    });

    await test.step('links the task to the process, in the task drawer', async () => {
      await obmPage
        .getByRole('region', { name: 'To do' })
        .getByRole('listitem')
        .filter({ hasText: taskTitle })
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(taskTitle)}`) })
        .click();
      const drawer = obmPage.getByRole('dialog');
      // she may edit the task: its title is a field
      await expect(drawer.getByRole('textbox', { name: 'Title' })).toHaveValue(taskTitle);
      const picker = drawer.getByRole('combobox', { name: 'Process' });
      await picker.click();
      await picker.fill(suffix);
      await obmPage.getByRole('option', { name: processTitle }).click();
      await expect(picker).toHaveValue(processTitle);
      await expect(drawer.getByRole('region', { name: `Process: ${processTitle}` })).toContainText(
        'Photographier le produit sur fond blanc',
      );
      await checkScreen(obmPage, 'idea-obm-task-process');

      const taskId = new URL(obmPage.url()).searchParams.get('task')!;
      await expect
        .poll(
          async () =>
            (await obm.get<ProjectTaskRecord>(`/workspaces/${workspaceId}/tasks/${taskId}`))
              .processId,
        )
        .toBe(process.id);
      const task = await obm.task(workspaceId, taskId);
      expect(task.assigneeId).toBe(va.userId);
      await drawer.getByRole('button', { name: 'Close the task' }).click();
      await expect(drawer).toBeHidden();
    });

    await test.step('starts a second task from the template made from the process', async () => {
      await obmPage.getByRole('button', { name: 'New task' }).click();
      const form = obmPage.getByRole('form', { name: 'Quick add a task' });
      await form.getByRole('combobox', { name: 'From template' }).click();
      await obmPage.getByRole('option', { name: `${template.title} (3 steps)` }).click();
      await expect(form.getByRole('textbox', { name: 'Task title' })).toHaveValue(template.title);
      await expect(form.getByRole('textbox', { name: 'Checklist item 1' })).toHaveValue(
        'Photographier le produit sur fond blanc',
      );
      await expect(form.getByText(`Follows the process “${processTitle}”`)).toBeVisible();
      const templatedTitle = `Fiche du coffret ${suffix}`;
      await form.getByRole('textbox', { name: 'Task title' }).fill(templatedTitle);
      await form.getByRole('combobox', { name: 'Assignee' }).click();
      await obmPage.getByRole('option', { name: DEMO_VA_NAME }).click();
      await checkScreen(obmPage, 'idea-obm-quick-add-template');
      await form.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(form.getByRole('textbox', { name: 'Task title' })).toHaveValue('');
      await form.getByRole('button', { name: 'Close quick add' }).click();

      const projectId = /\/projects\/([0-9a-f-]+)/.exec(projectUrl)![1];
      await expect
        .poll(async () => {
          const page = await obm.get<{ items: ProjectTaskRecord[] }>(
            `/workspaces/${workspaceId}/tasks?projectId=${projectId}`,
          );
          return page.items.find((t) => t.title === templatedTitle) ?? null;
        })
        .toMatchObject({
          processId: process.id,
          assigneeId: va.userId,
          checklist: [
            { title: 'Photographier le produit sur fond blanc', done: false },
            { title: 'Rédiger la description et le prix', done: false },
            { title: 'Publier la fiche et vérifier sur mobile', done: false },
          ],
        });
    });

    await test.step('the accepted idea keeps its link to the project', async () => {
      await openIdeas(obmPage);
      await obmPage.getByRole('tab', { name: /^Accepted/ }).click();
      const card = main(obmPage).getByRole('article', { name: ideaTitle });
      await expect(card.getByRole('link', { name: 'Open the project' })).toHaveAttribute(
        'href',
        projectUrl,
      );
      const ideas = await obm.get<{ items: (IdeaRecord & { title: string })[] }>(
        `/workspaces/${workspaceId}/ideas?limit=100`,
      );
      const idea = ideas.items.find((i) => i.title === ideaTitle);
      expect(idea?.projectId).toBe(/\/projects\/([0-9a-f-]+)/.exec(projectUrl)![1]);
    });

    await test.step('and the project links back to the idea', async () => {
      await obmPage.goto(projectUrl);
      await expect(obmPage.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
      const link = main(obmPage).getByRole('link', { name: `From the idea “${ideaTitle}”` });
      await expect(link).toBeVisible();
      await checkScreen(obmPage, 'idea-project-from-idea');
      await link.click();
      // the inbox opens on that idea, in its tab, with the focus on it
      await expect(obmPage).toHaveURL(/\/ideas\?idea=[0-9a-f-]+$/);
      await expect(obmPage.getByRole('tab', { name: /^Accepted/ })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      const opened = main(obmPage).getByRole('article', { name: ideaTitle });
      await expect(opened).toBeVisible();
      await expect(opened).toHaveAttribute('aria-current', 'true');
      await expect(opened).toBeFocused();
    });

    const vaPage = await pageFor(browser, DEMO.va);

    await test.step('the VA opens the task from My tasks and sees the process', async () => {
      await expect(vaPage).toHaveURL(/\/my-tasks$/);
      const row = main(vaPage).getByRole('listitem').filter({ hasText: taskTitle });
      await expect(row).toContainText(`${DEMO_CLIENT_HOURLY} · ${projectName}`);
      await row.getByRole('button', { name: new RegExp(`^${escapeRegExp(taskTitle)}`) }).click();
      const drawer = vaPage.getByRole('dialog');
      await expect(drawer.getByRole('heading', { name: taskTitle })).toBeVisible();
      const panel = drawer.getByRole('region', { name: 'Process', exact: true });
      await expect(panel.getByText(processTitle, { exact: true })).toBeVisible();
      const body = panel.getByRole('region', { name: `Process: ${processTitle}` });
      await expect(body).toContainText('Chaque nouveau produit suit ces étapes.');
      await expect(body.getByRole('listitem')).toHaveText([
        'Photographier le produit sur fond blanc',
        'Rédiger la description et le prix',
        'Publier la fiche et vérifier sur mobile',
      ]);
      // she reads it; choosing the process is not hers
      await expect(drawer.getByRole('combobox', { name: 'Process' })).toHaveCount(0);
      await expect(
        panel.getByRole('link', { name: `Open “${processTitle}” in the process library` }),
      ).toBeVisible();
      await checkScreen(vaPage, 'idea-va-task-process');
    });

    for (const page of [founderPage, obmPage, vaPage]) await page.context().close();
    await obm.dispose();
    await va.dispose();
  });
});
