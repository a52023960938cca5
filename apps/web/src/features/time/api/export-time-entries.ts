import { useMutation } from '@tanstack/react-query';
import type { CsvSeparatorName } from '@relais/domain';
import { api, ApiError } from '@/lib/api-client';
import type { TimeEntriesFilters } from './types';

export interface ExportParams extends TimeEntriesFilters {
  separator: CsvSeparatorName;
}

export interface CsvFile {
  blob: Blob;
  filename: string;
}

function exportUrl(workspaceId: string, params: ExportParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  return `/api/workspaces/${workspaceId}/time-entries/export.csv?${query}`;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: { message?: unknown; error?: unknown; requestId?: unknown } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  return new ApiError({
    statusCode: response.status,
    error: typeof body?.error === 'string' ? body.error : response.statusText,
    message: typeof body?.message === 'string' ? body.message : response.statusText,
    requestId: typeof body?.requestId === 'string' ? body.requestId : undefined,
  });
}

/**
 * The entries of a period as CSV (UTF-8 with BOM; `semicolon` for spreadsheets in French). A
 * file, not JSON, so it is fetched here with the session's token rather than by the JSON client,
 * renewing the token once if it expired.
 */
export async function exportTimeEntries(
  workspaceId: string,
  params: ExportParams,
): Promise<CsvFile> {
  const send = () => {
    const token = api.getAccessToken();
    return fetch(exportUrl(workspaceId, params), {
      credentials: 'include',
      headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  };
  let response: Response;
  try {
    response = await send();
    if (response.status === 401 && (await api.refresh())) response = await send();
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError({ statusCode: 0, error: 'NetworkError', message: String(cause) });
  }
  if (!response.ok) throw await errorOf(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename =
    /filename="([^"]+)"/.exec(disposition)?.[1] ??
    `time-entries_${params.from ?? ''}_${params.to ?? ''}.csv`;
  return { blob: await response.blob(), filename };
}

/** Hands a file to the browser's downloads. */
export function saveFile({ blob, filename }: CsvFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy once started
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useExportTimeEntries(workspaceId: string) {
  return useMutation({
    mutationFn: (params: ExportParams) => exportTimeEntries(workspaceId, params),
    onSuccess: saveFile,
  });
}
