import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock, type MockResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { SESSION_QUERY_KEY } from '../api/get-session';
import { SignInForm } from './sign-in-form';

const user = {
  id: 'u1',
  email: 'camille@example.com',
  name: 'Camille',
  createdAt: '2026-01-01T00:00:00Z',
};
const noDemo: MockResponse = { status: 200, body: { mode: 'server', demoUsers: [] } };

function setup(handlers: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock({ 'GET /api/meta': noDemo, ...handlers });
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithProviders(<SignInForm />, { route: '/sign-in' });
  const email = screen.getByRole('textbox', { name: /email/i });
  const password = screen.getByLabelText(/^password/i);
  const submit = screen.getByRole('button', { name: 'Sign in' });
  return { mock, email, password, submit, ...view };
}

function fill(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

describe('SignInForm', () => {
  it('shows a format error once the field is left, and updates it as the user types', () => {
    const { email } = setup({});
    fill(email, 'camille');
    expect(screen.queryByText(/enter a valid email/i)).toBeNull();

    fireEvent.blur(email);
    expect(screen.getByText(/enter a valid email/i)).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');

    fill(email, 'camille@example.com');
    expect(screen.queryByText(/enter a valid email/i)).toBeNull();
  });

  it('does not call the API while the form is invalid, and focuses the first invalid field', () => {
    const { mock, email, submit } = setup({});
    fireEvent.click(submit);

    expect(mock.calls()).not.toContain('POST /api/auth/login');
    expect(screen.getAllByText('This field is required')).toHaveLength(2);
    expect(document.activeElement).toBe(email);
  });

  it('shows the server’s validation errors under the matching inputs', async () => {
    const { email, password, submit } = setup({
      'POST /api/auth/login': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: [{ field: 'email', errors: ['email is not deliverable'] }],
          requestId: 'r1',
        },
      },
    });
    fill(email, 'camille@example.com');
    fill(password, 'correct horse');
    fireEvent.click(submit);

    const message = await screen.findByText('email is not deliverable');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ')).toContain(message.id);
    // the field error is enough: no generic alert on top of it
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists server errors about fields the form has no input for in the alert', async () => {
    const { email, password, submit } = setup({
      'POST /api/auth/login': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: [{ field: 'remember', errors: ['property remember should not exist'] }],
        },
      },
    });
    fill(email, 'camille@example.com');
    fill(password, 'correct horse');
    fireEvent.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/some fields need a correction/i);
    expect(alert.textContent).toMatch(/property remember should not exist/);
  });

  it.each<[number, RegExp]>([
    [401, /incorrect email or password/i],
    [429, /too many attempts\. wait a minute/i],
    [500, /relais had a problem/i],
  ])('explains a %i in an alert', async (status, text) => {
    const { email, password, submit } = setup({
      'POST /api/auth/login': { status, body: { statusCode: status, error: 'x', message: 'x' } },
    });
    fill(email, 'camille@example.com');
    fill(password, 'correct horse');
    fireEvent.click(submit);

    expect((await screen.findByRole('alert')).textContent).toMatch(text);
  });

  it('signs in on Enter: normalises the email, keeps the token, publishes the session', async () => {
    const me = { user, memberships: [] };
    const { mock, email, password, queryClient } = setup({
      'POST /api/auth/login': { status: 200, body: { user, accessToken: 'token-1' } },
      'GET /api/me': (request) =>
        request.headers.Authorization === 'Bearer token-1'
          ? { status: 200, body: me }
          : { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'no' } },
    });
    fill(email, ' Camille@Example.com ');
    fill(password, 'correct horse');
    fireEvent.submit(email.closest('form') as HTMLFormElement);

    await waitFor(() => expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toEqual(me));
    const login = mock.requests.find((r) => r.path === '/api/auth/login');
    expect(login?.body).toEqual({ email: 'camille@example.com', password: 'correct horse' });
  });

  it('offers the demo accounts only when the API lists some, and fills the form in one click', async () => {
    const { email, password } = setup({
      'GET /api/meta': {
        status: 200,
        body: {
          mode: 'embedded',
          demoUsers: [
            { email: 'obm@demo.relais', password: 'demo-password', role: 'obm', name: 'Olivia' },
          ],
        },
      },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: /olivia, online business manager/i }),
    );

    expect((email as HTMLInputElement).value).toBe('obm@demo.relais');
    expect((password as HTMLInputElement).value).toBe('demo-password');
  });

  it('shows no demo section on a real server', async () => {
    const { mock } = setup({});
    await waitFor(() => expect(mock.calls()).toContain('GET /api/meta'));
    expect(screen.queryByText('Demo accounts')).toBeNull();
  });
});
