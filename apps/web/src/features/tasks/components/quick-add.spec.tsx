import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppTaskExtensions } from '@/app/task-extensions';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { QuickAdd, type QuickAddValues } from './quick-add';

const PROCESS_ID = '7d4c1b2a-0000-4000-8000-000000000001';

const template = {
  id: 'tpl-newsletter',
  workspaceId: 'ws1',
  processId: PROCESS_ID,
  title: 'Send the newsletter',
  description: 'Every first Monday.',
  checklist: [{ title: 'Write the subject line' }, { title: 'Schedule the send' }],
  createdById: 'u-obm',
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};

const process = {
  id: PROCESS_ID,
  workspaceId: 'ws1',
  title: 'Monthly newsletter',
  category: 'Marketing',
  ownerId: 'u-obm',
  version: 3,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};

function setup() {
  const mock = createFetchMock({
    'GET /api/workspaces/ws1/task-templates': {
      status: 200,
      body: { items: [template], nextCursor: null },
    },
    'GET /api/workspaces/ws1/processes': {
      status: 200,
      body: { items: [process], nextCursor: null },
    },
  });
  vi.stubGlobal('fetch', mock.fetch);
  const onSubmit = vi.fn<(values: QuickAddValues) => void>();
  renderWithProviders(
    <AppTaskExtensions>
      <QuickAdd
        workspaceId="ws1"
        status="todo"
        onStatusChange={() => undefined}
        people={[{ userId: 'u-va', name: 'Léa Moreau' }]}
        canAssign
        onSubmit={onSubmit}
        onClose={() => undefined}
      />
    </AppTaskExtensions>,
  );
  return { mock, onSubmit };
}

async function pickTemplate(name: string) {
  const field = screen.getByRole('combobox', { name: 'From template' });
  // the list is there once the templates (and the processes naming them) have loaded
  await waitFor(() => expect(field.getAttribute('placeholder')).toBe('No template'));
  fireEvent.click(field);
  fireEvent.click(await screen.findByRole('option', { name }));
}

// role queries over a whole Mantine form are slow in jsdom on a busy machine
describe('QuickAdd from a template', () => {
  it('fills the title, description, checklist and process, all editable before saving', async () => {
    const { onSubmit } = setup();
    const form = screen.getByRole('form', { name: 'Quick add a task' });
    await pickTemplate('Send the newsletter (2 steps)');

    const title = within(form).getByRole('textbox', { name: 'Task title' });
    expect((title as HTMLInputElement).value).toBe('Send the newsletter');
    const description = within(form).getByRole('textbox', { name: 'Description' });
    expect((description as HTMLTextAreaElement).value).toBe('Every first Monday.');
    expect(
      (within(form).getByRole('textbox', { name: 'Checklist item 1' }) as HTMLInputElement).value,
    ).toBe('Write the subject line');
    expect(within(form).getByText('Follows the process “Monthly newsletter”')).toBeTruthy();

    // the user adapts what the template gave
    fireEvent.change(title, { target: { value: 'Send the March newsletter' } });
    fireEvent.change(description, { target: { value: 'For March.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Remove “Schedule the send”' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a checklist item' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Checklist item 2' }), {
      target: { value: 'Check the links' },
    });
    fireEvent.submit(form);

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toEqual({
      title: 'Send the March newsletter',
      status: 'todo',
      assigneeId: null,
      dueDate: null,
      description: 'For March.',
      checklist: ['Write the subject line', 'Check the links'],
      processId: PROCESS_ID,
    });
    // the next task starts blank, without the template
    expect((title as HTMLInputElement).value).toBe('');
    expect(within(form).queryByRole('textbox', { name: 'Description' })).toBeNull();
    expect(
      (screen.getByRole('combobox', { name: 'From template' }) as HTMLInputElement).value,
    ).toBe('');
  });

  it('can drop the process link and skips empty checklist items', async () => {
    const { onSubmit } = setup();
    const form = screen.getByRole('form', { name: 'Quick add a task' });
    await pickTemplate('Send the newsletter (2 steps)');

    fireEvent.click(within(form).getByRole('button', { name: 'Do not link the process' }));
    expect(within(form).queryByText(/Follows the process/)).toBeNull();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Checklist item 2' }), {
      target: { value: '   ' },
    });
    fireEvent.submit(form);

    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      title: 'Send the newsletter',
      checklist: ['Write the subject line'],
      processId: null,
    });
  });

  it('refuses a checklist item that is too long, and says so', async () => {
    const { onSubmit } = setup();
    const form = screen.getByRole('form', { name: 'Quick add a task' });
    await pickTemplate('Send the newsletter (2 steps)');

    fireEvent.change(within(form).getByRole('textbox', { name: 'Checklist item 1' }), {
      target: { value: 'x'.repeat(301) },
    });
    fireEvent.submit(form);

    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(form).getByText('At most 300 characters')).toBeTruthy();
  });

  it('without a template, adds a task with its title only', async () => {
    const { onSubmit } = setup();
    const form = screen.getByRole('form', { name: 'Quick add a task' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Task title' }), {
      target: { value: 'Call the printer' },
    });
    fireEvent.submit(form);

    expect(onSubmit.mock.calls[0][0]).toEqual({
      title: 'Call the printer',
      status: 'todo',
      assigneeId: null,
      dueDate: null,
      description: '',
      checklist: [],
      processId: null,
    });
  });
});
