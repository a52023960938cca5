import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TaskImportInput } from './types';

/** Starts an import: the file goes as multipart (up to 5 MB), the mapping as JSON text. */
export function createImport(workspaceId: string, input: TaskImportInput): Promise<{ id: string }> {
  const form = new FormData();
  form.append('projectId', input.projectId);
  form.append('mapping', JSON.stringify(input.mapping));
  form.append('dateOrder', input.dateOrder);
  form.append('file', input.file, input.file.name);
  return api.post<{ id: string }>(`/workspaces/${workspaceId}/imports`, form);
}

export function useCreateImport(workspaceId: string) {
  return useMutation({
    mutationFn: (input: TaskImportInput) => createImport(workspaceId, input),
  });
}
