/** localStorage that never throws (private mode, disabled storage, tests). */
export const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      // remembering is a convenience: the app works without it
    }
  },
};

export const STORAGE_KEYS = {
  language: 'relais.language',
  workspaceId: 'relais.workspaceId',
} as const;
