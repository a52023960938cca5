import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { ProjectFormModal } from './project-form-modal';

const clients = [
  { id: 'c1', name: 'Éclat' },
  { id: 'c2', name: 'Sève & Argile' },
];

function setup(handlers: Parameters<typeof createFetchMock>[0] = {}) {
  const mock = createFetchMock(handlers);
  vi.stubGlobal('fetch', mock.fetch);
  const onSaved = vi.fn();
  renderWithProviders(
    <ProjectFormModal
      workspaceId="ws1"
      project={null}
      opened
      clients={clients}
      people={[]}
      defaultClientId="c2"
      onClose={() => {}}
      onSaved={onSaved}
    />,
  );
  return { mock, onSaved, submit: screen.getByRole('button', { name: 'Create the project' }) };
}

describe('ProjectFormModal', () => {
  it('asks for a name before calling the API', () => {
    const { mock, submit } = setup();
    fireEvent.click(submit);
    expect(screen.getByText('This field is required')).toBeTruthy();
    expect(mock.calls()).toEqual([]);
  });

  it('creates the project, leaving out what was not filled in', async () => {
    const { mock, submit, onSaved } = setup({
      'POST /api/workspaces/ws1/projects': { status: 201, body: { id: 'p1', name: 'Launch' } },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /project name/i }), {
      target: { value: '  Launch ' },
    });
    fireEvent.click(submit);

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(mock.requests[0].body).toEqual({
      clientId: 'c2',
      name: 'Launch',
      status: 'active',
      memberIds: [],
    });
  });

  it('shows the API’s field errors under the inputs', async () => {
    const { submit } = setup({
      'POST /api/workspaces/ws1/projects': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request: name',
          fields: [{ field: 'name', errors: ['name already used for this client'] }],
        },
      },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /project name/i }), {
      target: { value: 'Launch' },
    });
    fireEvent.click(submit);

    expect(await screen.findByText('name already used for this client')).toBeTruthy();
  });
});
