import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'relais-demo';
export const DEMO = {
  founder: 'founder@demo.relais.app',
  ops: 'ops@demo.relais.app',
  obm: 'obm@demo.relais.app',
  va: 'va@demo.relais.app',
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^(email|e-mail)/i).fill(email);
  await page.getByLabel(/^(password|mot de passe)/i).fill(password);
  await page.getByRole('button', { name: /^(sign in|se connecter)$/i }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** No serious or critical accessibility violation on the current screen. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    blocking.map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Saved with the test artifacts, one per main screen. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `apps/web-e2e/artifacts/screens/${name}.png`, fullPage: true });
}
