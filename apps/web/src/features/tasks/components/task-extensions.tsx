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

/** What a task template fills in when one is picked to create a task. */
export interface TaskTemplateDraft {
  templateId: string;
  title: string;
  description: string;
  /** The checklist items' titles, in order. */
  checklist: string[];
  processId: string | null;
  /** The process's title, to show the link before the task exists (null while unknown). */
  processTitle: string | null;
}

/** What the task creation form hands to the "From template" picker. */
export interface TaskTemplateSlot {
  workspaceId: string;
  /** The template picked, if any. */
  templateId: string | null;
  onChange: (template: TaskTemplateDraft | null) => void;
}

export interface TaskExtensions {
  /** A section of the task drawer, after the checklist. */
  drawerSection?: (task: TaskResponse) => ReactNode;
  /** The process the task follows, under its description (editors pick it there). */
  processSection?: (slot: TaskProcessSlot) => ReactNode;
  /** A "From template" picker in the task creation form. */
  templateField?: (slot: TaskTemplateSlot) => ReactNode;
  /** A control at the end of a My tasks row. */
  rowAction?: (task: MyTaskResponse) => ReactNode;
}

export const TaskExtensionsContext = createContext<TaskExtensions>({});

export function useTaskExtensions(): TaskExtensions {
  return useContext(TaskExtensionsContext);
}
