import { expect, test, type Browser, type Page } from '@playwright/test';
import { ApiUser, checkScreen, DEMO, escapeRegExp, main, runId, signIn } from './support';

/** A page of its own for one demo user (the journey goes back and forth between two people). */
async function pageFor(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function openDecisions(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Decisions' })
    .click();
  await expect(page.getByRole('heading', { name: 'Decisions', level: 1 })).toBeVisible();
}

/**
 * Operational decisions are the operations director's: the founder proposes one, cannot decide
 * it (neither in the web client nor through the API), the ops director decides it with a
 * rationale, and the decided record never changes again.
 */
test.describe('Decision journey', () => {
  test('the ops director decides an operations decision the founder cannot', async ({
    browser,
    playwright,
  }, testInfo) => {
    test.setTimeout(120_000);
    const suffix = runId();
    const title = `Passer le support client sur un outil de tickets ${suffix}`;
    const rationale = `Les e-mails se perdent : un outil de tickets dès lundi (${suffix}).`;
    const founder = await ApiUser.signIn(playwright, testInfo, DEMO.founder);
    const ops = await ApiUser.signIn(playwright, testInfo, DEMO.ops);
    const workspaceId = await founder.demoWorkspaceId();
    let decisionId = '';

    const founderPage = await pageFor(browser, DEMO.founder);

    await test.step('the founder proposes an operations decision', async () => {
      await openDecisions(founderPage);
      // the register's button (an empty register repeats it in its empty state)
      await founderPage.getByRole('button', { name: 'Propose a decision' }).first().click();
      const dialog = founderPage.getByRole('dialog', { name: 'Propose a decision' });
      await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
      await dialog
        .getByRole('textbox', { name: 'Context' })
        .fill('Les demandes des clients arrivent par e-mail et certaines restent sans réponse.');
      await dialog.getByRole('radio', { name: /^Operations/ }).check();
      await dialog.getByRole('button', { name: 'Add an option' }).click();
      await dialog.getByRole('textbox', { name: 'Option 1' }).fill('Zendesk');
      await dialog.getByRole('textbox', { name: 'Option 1' }).press('Enter');
      await dialog.getByRole('textbox', { name: 'Option 2' }).fill('Help Scout');
      await checkScreen(founderPage, 'decision-propose');
      await dialog.getByRole('button', { name: 'Propose', exact: true }).click();
      await expect(dialog).toBeHidden();
      // the new proposal opens
      await expect(founderPage).toHaveURL(/[?&]decision=[0-9a-f-]+/);
      decisionId = new URL(founderPage.url()).searchParams.get('decision')!;
      await founderPage.getByRole('button', { name: 'Close the decision' }).click();
      await expect(founderPage.getByRole('dialog', { name: 'Decision' })).toBeHidden();

      const row = main(founderPage).getByRole('row', { name: new RegExp(escapeRegExp(title)) });
      await expect(row).toContainText('Operations');
      await expect(row).toContainText('Proposed');
      await checkScreen(founderPage, 'decision-founder-register');
    });

    await test.step('the founder is not offered the decision, and the API refuses it', async () => {
      // strategy waits for the founder; an operations proposal is not hers to decide
      const waiting = founderPage.getByRole('region', { name: 'Waiting for you' });
      await expect(waiting).toBeVisible();
      await expect(waiting.getByRole('button', { name: title })).toHaveCount(0);

      await main(founderPage)
        .getByRole('row', { name: new RegExp(escapeRegExp(title)) })
        .getByRole('button', { name: title })
        .click();
      await expect(founderPage).toHaveURL(new RegExp(`[?&]decision=${decisionId}`));
      const drawer = founderPage.getByRole('dialog', { name: 'Decision' });
      await expect(drawer.getByRole('heading', { name: title })).toBeVisible();
      await expect(drawer.getByText('Zendesk')).toBeVisible();
      await expect(drawer.getByText('Waiting for a decision')).toBeVisible();
      await expect(
        drawer.getByText('The operations director decides operations decisions.'),
      ).toBeVisible();
      await expect(drawer.getByRole('button', { name: 'Decide' })).toHaveCount(0);
      await expect(drawer.getByRole('button', { name: 'Reject' })).toHaveCount(0);
      await expect(drawer.getByRole('textbox', { name: 'Rationale' })).toHaveCount(0);
      // a proposal can still be reworded
      await expect(drawer.getByRole('button', { name: 'Edit the proposal' })).toBeVisible();
      await checkScreen(founderPage, 'decision-founder-waiting');

      expect(
        await founder.statusOf(
          'POST',
          `/workspaces/${workspaceId}/decisions/${decisionId}/decide`,
          {
            outcome: 'decided',
            rationale: 'Je tranche.',
          },
        ),
      ).toBe(403);
      const still = await founder.get<{ status: string }>(
        `/workspaces/${workspaceId}/decisions/${decisionId}`,
      );
      expect(still.status).toBe('proposed');
    });

    const opsPage = await pageFor(browser, DEMO.ops);

    await test.step('the ops director lands on the decisions waiting for her', async () => {
      await expect(opsPage).toHaveURL(/\/w\/[0-9a-f-]+\/decisions/);
      const waiting = opsPage.getByRole('region', { name: 'Waiting for you' });
      await expect(waiting.getByRole('button', { name: title })).toBeVisible();
      await checkScreen(opsPage, 'decision-ops-register');
      await waiting.getByRole('button', { name: title }).click();
    });

    await test.step('she decides it, with a rationale, after confirming', async () => {
      const drawer = opsPage.getByRole('dialog', { name: 'Decision' });
      await expect(drawer.getByRole('heading', { name: title })).toBeVisible();
      await drawer.getByRole('textbox', { name: 'Rationale' }).fill(rationale);
      await checkScreen(opsPage, 'decision-ops-decide');
      await drawer.getByRole('button', { name: 'Decide', exact: true }).click();
      const confirm = opsPage.getByRole('dialog', { name: `Decide “${title}”?` });
      await expect(confirm).toContainText('can never be changed');
      await confirm.getByRole('button', { name: 'Confirm the decision' }).click();
      await expect(confirm).toBeHidden();

      await expect(drawer.getByText(/^Decided by .+ on /)).toBeVisible();
      await expect(drawer.getByText(rationale)).toBeVisible();
      await expect(drawer.getByText('A decided record never changes.')).toBeVisible();
      await expect(drawer.getByRole('button', { name: 'Decide', exact: true })).toHaveCount(0);
      await expect(drawer.getByRole('button', { name: 'Edit the proposal' })).toHaveCount(0);
      await checkScreen(opsPage, 'decision-decided');

      const saved = await ops.get<{
        status: string;
        rationale: string | null;
        decidedById: string | null;
      }>(`/workspaces/${workspaceId}/decisions/${decisionId}`);
      expect(saved).toMatchObject({ status: 'decided', rationale, decidedById: ops.userId });
    });

    await test.step('the founder sees the record decided and cannot change it', async () => {
      await founderPage.reload();
      const drawer = founderPage.getByRole('dialog', { name: 'Decision' });
      await expect(drawer.getByRole('heading', { name: title })).toBeVisible();
      await expect(drawer.getByText(rationale)).toBeVisible();
      await expect(drawer.getByText('A decided record never changes.')).toBeVisible();
      await expect(drawer.getByRole('button', { name: 'Edit the proposal' })).toHaveCount(0);
      // replacing it is the only way forward
      await expect(drawer.getByRole('button', { name: 'Propose a replacement' })).toBeVisible();
      await checkScreen(founderPage, 'decision-founder-decided');

      expect(
        await founder.statusOf('PATCH', `/workspaces/${workspaceId}/decisions/${decisionId}`, {
          title: `${title} (reformulée)`,
        }),
      ).toBe(409);
      expect(
        await ops.statusOf('POST', `/workspaces/${workspaceId}/decisions/${decisionId}/decide`, {
          outcome: 'rejected',
          rationale: 'Finalement non.',
        }),
      ).toBe(409);
    });

    await founderPage.context().close();
    await opsPage.context().close();
    await founder.dispose();
    await ops.dispose();
  });
});
