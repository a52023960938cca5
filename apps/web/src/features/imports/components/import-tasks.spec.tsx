import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_REASON_CODES } from '@relais/domain';
import { i18n } from '@/i18n';
import { createFetchMock, type MockResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { TaskImportResponse } from '../api/types';
import { ImportReport } from './import-progress';
import { ImportTasks } from './import-tasks';

const report = (fields: Partial<TaskImportResponse> = {}): TaskImportResponse => ({
  id: 'i1',
  projectId: 'p1',
  status: 'running',
  totalRows: 5,
  processedRows: 2,
  importedRows: 2,
  errors: [],
  createdAt: '2026-03-01T10:00:00Z',
  finishedAt: null,
  ...fields,
});

const PROJECTS = [
  { id: 'p1', name: 'Site launch', clientName: 'Éclat' },
  { id: 'p2', name: 'Podcast', clientName: 'Atelier' },
];

const TRELLO = [
  'Card ID,Card Name,Card Description,Due Date,List Name',
  'a1,Write the post,Draft,15/03/2026,Ideas',
  'a2,Record the video,,,Backlog',
  'a3,,No title,,Ideas',
].join('\n');

function setup(route: string, handlers: Record<string, MockResponse | MockResponse[]> = {}) {
  const mock = createFetchMock(handlers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithProviders(
    <ImportTasks
      workspaceId="ws1"
      projects={PROJECTS}
      projectPath={(id) => `/w/ws1/projects/${id}`}
    />,
    { route },
  );
  return { mock, ...view };
}

function chooseFile(container: HTMLElement, text: string, name = 'trello.csv') {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

const submitButton = () => screen.getByRole('button', { name: /^Import/ });

describe('ImportReport', () => {
  it('shows a running import as “n of m rows” on a progress bar', () => {
    renderWithProviders(
      <ImportReport report={report()} projectPath={(id) => `/p/${id}`} onRestart={() => {}} />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(bar.getAttribute('aria-valuetext')).toBe('2 of 5 rows');
    expect(screen.getByText('2 of 5 rows')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Importing the tasks…' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open the project' })).toBeNull();
  });

  it('ends with the imported count, the bad rows by line, and a link to the project', () => {
    const onRestart = vi.fn();
    renderWithProviders(
      <ImportReport
        report={report({
          status: 'done',
          processedRows: 5,
          importedRows: 3,
          errors: [
            {
              line: 4,
              message: 'the title is empty',
              reasons: [{ code: 'title_empty', params: {} }],
            },
            {
              line: 6,
              message: '"someday" is not a date',
              reasons: [{ code: 'invalid_date', params: { value: 'someday' } }],
            },
          ],
          finishedAt: '2026-03-01T10:00:05Z',
        })}
        projectPath={(id) => `/p/${id}`}
        onRestart={onRestart}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('5 of 5 rows');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('3 tasks imported')).toBeTruthy();
    expect(within(alert).getByText(/2 rows were not imported/)).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Rows not imported' })).getAllByRole(
      'row',
    );
    expect(rows.map((row) => row.textContent)).toEqual([
      'LineWhat is wrong',
      '4The title is empty',
      '6“someday” is not a date',
    ]);
    expect(screen.getByRole('link', { name: 'Open the project' }).getAttribute('href')).toBe(
      '/p/p1',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    expect(onRestart).toHaveBeenCalled();
  });

  it('says why an import stopped as a whole', () => {
    renderWithProviders(
      <ImportReport
        report={report({
          status: 'failed',
          errors: [
            {
              line: 0,
              message: 'the project no longer exists',
              reasons: [{ code: 'project_missing', params: {} }],
            },
          ],
        })}
        projectPath={(id) => `/p/${id}`}
        onRestart={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'The import stopped' })).toBeTruthy();
    expect(
      within(screen.getByRole('alert')).getByText('The project no longer exists.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  describe('in French', () => {
    afterEach(async () => {
      await i18n.changeLanguage('en');
    });

    it('says why each row was not imported in French, one reason a line, from the codes', async () => {
      await i18n.changeLanguage('fr');
      renderWithProviders(
        <ImportReport
          report={report({
            status: 'done',
            processedRows: 5,
            importedRows: 3,
            errors: [
              {
                line: 3,
                message: 'the description is longer than 20000 characters',
                reasons: [{ code: 'description_too_long', params: { max: 20_000 } }],
              },
              {
                line: 6,
                message:
                  '"someday" is not a date; nobody@example.test is not an active member working for this project\'s client',
                reasons: [
                  { code: 'invalid_date', params: { value: 'someday' } },
                  { code: 'unknown_assignee', params: { email: 'nobody@example.test' } },
                ],
              },
            ],
          })}
          projectPath={(id) => `/p/${id}`}
          onRestart={() => {}}
        />,
      );
      const table = screen.getByRole('table', { name: 'Lignes non importées' });
      const [, first, second] = within(table).getAllByRole('row');
      // French groups thousands with a narrow no-break space
      expect(within(first).getByText(/^La description dépasse 20\s000 caractères$/)).toBeTruthy();
      expect(within(second).getByText('« someday » n’est pas une date')).toBeTruthy();
      expect(
        within(second).getByText(
          'nobody@example.test n’est pas un membre actif qui travaille pour le client de ce projet',
        ),
      ).toBeTruthy();
      expect(screen.queryByText(/is not a date/)).toBeNull();
    });

    it('falls back on the API’s message for an import recorded before reasons had codes', async () => {
      await i18n.changeLanguage('fr');
      renderWithProviders(
        <ImportReport
          report={report({
            status: 'done',
            processedRows: 5,
            importedRows: 4,
            errors: [{ line: 4, message: 'the title is empty', reasons: [] }],
          })}
          projectPath={(id) => `/p/${id}`}
          onRestart={() => {}}
        />,
      );
      const table = screen.getByRole('table', { name: 'Lignes non importées' });
      expect(within(table).getByText('the title is empty')).toBeTruthy();
    });
  });

  it.each(['en', 'fr'])('has a %s text for every reason code of the domain', (language) => {
    const missing = IMPORT_REASON_CODES.filter(
      // the resource itself: exists() would fall back on English
      (code) => typeof i18n.getResource(language, 'imports', `result.reasons.${code}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});

describe('ImportTasks', () => {
  // it polls every second: the whole run takes a few seconds on a busy machine
  it('reads the file, guesses the columns, sends the file with the mapping, then follows the job', async () => {
    const { mock, container } = setup('/w/ws1/import?project=p1', {
      'POST /api/workspaces/ws1/imports': { status: 202, body: { id: 'i1' } },
      'GET /api/workspaces/ws1/imports/i1': [
        { status: 200, body: report({ status: 'running', totalRows: 3, processedRows: 1 }) },
        {
          status: 200,
          body: report({
            status: 'done',
            totalRows: 3,
            processedRows: 3,
            importedRows: 2,
            errors: [
              {
                line: 4,
                message: 'the title is empty',
                reasons: [{ code: 'title_empty', params: {} }],
              },
            ],
          }),
        },
      ],
    });
    chooseFile(container, TRELLO);

    expect(await screen.findByText('3 rows under the header, 5 columns')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Title' }).value).toBe(
      'Card Name',
    );
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Description' }).value).toBe(
      'Card Description',
    );
    // custom Trello lists are no statuses: left out rather than turning every row bad
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Status' }).value).toBe('');
    // 15/03/2026 can only be day first
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: '3 April (day first)' }).checked,
    ).toBe(true);
    const preview = screen.getByRole('table', { name: 'All 3 rows of the file' });
    expect(within(preview).getByText('Write the post')).toBeTruthy();

    fireEvent.click(submitButton());

    expect(await screen.findByText('1 of 3 rows')).toBeTruthy();
    const post = mock.requests.find((r) => r.method === 'POST')!;
    const form = post.body as FormData;
    expect(form.get('projectId')).toBe('p1');
    expect(JSON.parse(String(form.get('mapping')))).toEqual({
      title: 'Card Name',
      description: 'Card Description',
      dueDate: 'Due Date',
    });
    expect(form.get('dateOrder')).toBe('dmy');
    expect((form.get('file') as File).name).toBe('trello.csv');

    expect(await screen.findByText('2 tasks imported')).toBeTruthy();
    expect(screen.getByText('The title is empty')).toBeTruthy();
  }, 30_000);

  it('asks for the title column and the project before sending anything', async () => {
    const { mock, container } = setup('/w/ws1/import');
    chooseFile(container, 'Something,Else\nA,B');
    expect(await screen.findByText(/No column was recognised/)).toBeTruthy();

    fireEvent.click(submitButton());

    expect(await screen.findByText('Pick the column with the task titles')).toBeTruthy();
    expect(screen.getByText('Choose the project the tasks go to')).toBeTruthy();
    expect(mock.calls()).toEqual([]);
  });

  it('refuses a file with no rows, without sending it', async () => {
    const { mock, container } = setup('/w/ws1/import?project=p1');
    chooseFile(container, 'Name,Due\n');
    expect(await screen.findByText(/has a header but no rows under it/)).toBeTruthy();
    fireEvent.click(submitButton());
    // the reason stays, rather than a generic "choose a file"
    expect(screen.getByText(/has a header but no rows under it/)).toBeTruthy();
    expect(screen.queryByText('Choose the CSV file to import')).toBeNull();
    expect(mock.calls()).toEqual([]);
  });

  it('asks for a file when none was chosen', () => {
    const { mock } = setup('/w/ws1/import?project=p1');
    fireEvent.click(submitButton());
    expect(screen.getByText('Choose the CSV file to import')).toBeTruthy();
    expect(mock.calls()).toEqual([]);
  });

  it('says a file is too large when the API answers 413', async () => {
    const { container } = setup('/w/ws1/import?project=p1', {
      'POST /api/workspaces/ws1/imports': {
        status: 413,
        body: { statusCode: 413, error: 'Payload Too Large', message: 'File too large' },
      },
    });
    chooseFile(container, TRELLO);
    await screen.findByText('3 rows under the header, 5 columns');
    fireEvent.click(submitButton());
    expect(
      await screen.findByText(/The file is larger than 5 MB. Split it in several files/),
    ).toBeTruthy();
  });

  it('puts a 400’s field errors under their fields', async () => {
    const { container } = setup('/w/ws1/import?project=p1', {
      'POST /api/workspaces/ws1/imports': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: [
            { field: 'mapping.dueDate', errors: ['the CSV has no column "Due Date"'] },
            { field: 'projectId', errors: ['projectId is an archived project'] },
          ],
        },
      },
    });
    chooseFile(container, TRELLO);
    await screen.findByText('3 rows under the header, 5 columns');
    fireEvent.click(submitButton());
    expect(await screen.findByText('The file has no column “Due Date”')).toBeTruthy();
    expect(screen.getByText('This project is archived: pick another one.')).toBeTruthy();
    expect(screen.getByText('Some fields need a correction.')).toBeTruthy();
    await waitFor(() => expect(submitButton().hasAttribute('data-loading')).toBe(false));
  });
});
