import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn } from './support';

test.describe('sign-in', () => {
  test('shows the demo accounts in the embedded mode and signs a founder in', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/sign-in/);
    await expect(page.getByText(DEMO.founder).or(page.getByText('Claire Fontaine'))).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'sign-in');

    await signIn(page, DEMO.founder);
    // a founder lands on the dashboard of her workspace
    await expect(page).toHaveURL(/\/w\/[0-9a-f-]+\/dashboard/);
  });

  test('refuses a wrong password with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel(/^(email|e-mail)/i).fill(DEMO.va);
    await page.getByLabel(/^(password|mot de passe)/i).fill('wrong password');
    await page.getByRole('button', { name: /^(sign in|se connecter)$/i }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/sign-in/);
  });
});
