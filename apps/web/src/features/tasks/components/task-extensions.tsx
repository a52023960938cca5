import { createContext, useContext, type ReactNode } from 'react';
import type { MyTaskResponse, TaskResponse } from '../api/types';

/**
 * What other features add to the task screens. Features do not import each other: the app
 * composes them by providing these (e.g. the time logged on a task, a timer's play button).
 */
/** What the drawer hands to the panel of the process (SOP) a task follows. */
export interface TaskProcessSlot {
  workspaceId: string;
  processId: string | null;
  /** Whether the member may change which process the task follows. */
  editable: boolean;
  onChange: (processId: string | null) => void;
}

export interface TaskExtensions {
  /** A section of the task drawer, after the checklist. */
  drawerSection?: (task: TaskResponse) => ReactNode;
  /** The process the task follows, under its description (editors pick it there). */
  processSection?: (slot: TaskProcessSlot) => ReactNode;
  /** A control at the end of a My tasks row. */
  rowAction?: (task: MyTaskResponse) => ReactNode;
}

export const TaskExtensionsContext = createContext<TaskExtensions>({});

export function useTaskExtensions(): TaskExtensions {
  return useContext(TaskExtensionsContext);
}
