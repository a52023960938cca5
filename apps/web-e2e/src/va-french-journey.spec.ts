import { expect, test } from '@playwright/test';
import {
  addDays,
  ApiUser,
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  escapeRegExp,
  formatDay,
  main,
  runId,
  seedTaskForVa,
  today,
  type SeededTask,
} from './support';

// a French browser: the interface follows it, with no choice remembered yet
test.use({ locale: 'fr-FR' });

/** The VA's day in French: labels, groups, notifications and dates as a French user reads them. */
test.describe('VA journey in French', () => {
  let seeded: SeededTask;
  // far enough to be "later", and a day whose French month reads differently from the English one
  const dueDate = addDays(today(), 20);

  test.beforeAll(async ({ playwright }, testInfo) => {
    const obm = await ApiUser.signIn(playwright, testInfo, DEMO.obm);
    const suffix = runId();
    seeded = await seedTaskForVa(obm, {
      projectName: `Fiches produits ${suffix}`,
      title: `Rédiger les fiches produits ${suffix}`,
      dueDate,
    });
    await obm.dispose();
  });

  test('signs in, finds the task under « Plus tard » with a French date and checks it off', async ({
    page,
    playwright,
  }, testInfo) => {
    const va = await ApiUser.signIn(playwright, testInfo, DEMO.va);

    await test.step('the sign-in page speaks French', async () => {
      await page.goto('/');
      await expect(page).toHaveURL(/sign-in/);
      await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
      await expect(page.getByRole('button', { name: 'Se connecter', exact: true })).toBeVisible();
      await expect(page.getByText('Comptes de démonstration', { exact: true })).toBeVisible();
      await checkScreen(page, 'fr-sign-in');
      await page.getByRole('textbox', { name: 'E-mail' }).fill(DEMO.va);
      await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    });

    await test.step('« Mes tâches », grouped and dated in French', async () => {
      await expect(page).toHaveURL(/\/my-tasks$/);
      await expect(page.getByRole('heading', { name: 'Mes tâches', level: 1 })).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await expect(nav.getByRole('link', { name: 'Mes tâches' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Projets' })).toHaveCount(0);

      const row = page
        .getByRole('region', { name: 'Plus tard' })
        .getByRole('listitem')
        .filter({ hasText: seeded.title });
      await expect(row).toBeVisible();
      // e.g. « 13 déc. », where English reads "13 Dec"
      const sameYear = dueDate.slice(0, 4) === today().slice(0, 4);
      const frenchDay = formatDay(dueDate, 'fr-FR', {
        day: 'numeric',
        month: 'short',
        year: sameYear ? undefined : 'numeric',
      });
      expect(frenchDay).not.toBe(
        formatDay(dueDate, 'en-GB', {
          day: 'numeric',
          month: 'short',
          year: sameYear ? undefined : 'numeric',
        }),
      );
      await expect(row.locator(`time[datetime="${dueDate}"]`)).toHaveText(frenchDay);
      await checkScreen(page, 'fr-my-tasks');
    });

    await test.step('« Terminée » in one click, with « Annuler » offered', async () => {
      const checkbox = page.getByRole('checkbox', { name: `Terminée : ${seeded.title}` });
      await checkbox.click();
      await expect(checkbox).toBeChecked();
      const notice = page.getByRole('alert').filter({ hasText: `« ${seeded.title} » terminée` });
      await expect(notice.getByRole('button', { name: 'Annuler' })).toBeVisible();
      await expect
        .poll(async () => (await va.task(seeded.workspaceId, seeded.taskId)).status)
        .toBe('done');
    });

    await test.step('the task drawer, in French', async () => {
      await page
        .getByRole('listitem')
        .filter({ hasText: seeded.title })
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(seeded.title)}`) })
        .click();
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByRole('combobox', { name: 'Statut' })).toHaveValue('Terminée');
      await expect(drawer).toContainText(formatDay(dueDate, 'fr-FR', { dateStyle: 'medium' }));
      await expect(drawer.getByRole('button', { name: 'Fermer la tâche' })).toBeVisible();
      await checkScreen(page, 'fr-task-drawer');
      await drawer.getByRole('button', { name: 'Fermer la tâche' }).click();
      await expect(drawer).toBeHidden();
    });

    await test.step('her figures, in French, without money', async () => {
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Tableau de bord' })
        .click();
      await expect(page.getByRole('region', { name: 'Mes tâches terminées' })).toBeVisible();
      const from = formatDay(addDays(today(), -29), 'fr-FR', { dateStyle: 'medium' });
      const to = formatDay(today(), 'fr-FR', { dateStyle: 'medium' });
      await expect(
        main(page).getByText(new RegExp(`^Du ${escapeRegExp(from)} au ${escapeRegExp(to)}`)),
      ).toBeVisible();
      await expect(main(page)).not.toContainText(/€|EUR/);
      await checkScreen(page, 'fr-dashboard');
    });

    await va.dispose();
  });
});
