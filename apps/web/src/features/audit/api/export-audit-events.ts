import { useMutation } from '@tanstack/react-query';
import type { CsvSeparatorName } from '@relais/domain';
import { api, ApiError } from '@/lib/api-client';
import type { AuditFilters } from './types';

function exportUrl(
  workspaceId: string,
  filters: AuditFilters,
  separator: CsvSeparatorName,
): string {
  const params = new URLSearchParams({ separator });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `/api/workspaces/${workspaceId}/audit-events/export.csv?${params}`;
}

async function toError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      statusCode?: number;
      error?: string;
      message?: string;
    };
    return new ApiError({
      statusCode: response.status,
      error: body.error ?? response.statusText,
      message: body.message ?? response.statusText,
    });
  } catch {
    return new ApiError({
      statusCode: response.status,
      error: response.statusText,
      message: response.statusText,
    });
  }
}

/**
 * The filtered trail as a CSV file. The file is fetched with the access token (a plain link
 * would carry none), refreshing it once if it expired, then handed to the browser to save.
 */
export async function exportAuditEvents(
  workspaceId: string,
  filters: AuditFilters,
  separator: CsvSeparatorName,
): Promise<Blob> {
  const send = () =>
    fetch(exportUrl(workspaceId, filters, separator), {
      headers: {
        Accept: 'text/csv',
        ...(api.getAccessToken() ? { Authorization: `Bearer ${api.getAccessToken()}` } : {}),
      },
      credentials: 'include',
    }).catch((cause: unknown) => {
      throw new ApiError({
        statusCode: 0,
        error: 'NetworkError',
        message: cause instanceof Error ? cause.message : 'Network error',
      });
    });
  let response = await send();
  if (response.status === 401 && (await api.refresh())) response = await send();
  if (!response.ok) throw await toError(response);
  return response.blob();
}

export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // let the download start before the address goes
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function useExportAuditEvents(workspaceId: string) {
  return useMutation({
    mutationFn: async ({
      filters,
      separator,
    }: {
      filters: AuditFilters;
      separator: CsvSeparatorName;
    }) => {
      const blob = await exportAuditEvents(workspaceId, filters, separator);
      saveFile(blob, `audit-log-${new Date().toISOString().slice(0, 10)}.csv`);
    },
  });
}
