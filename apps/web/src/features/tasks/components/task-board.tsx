import {
  useMemo,
  useState,
  type KeyboardEventHandler,
  type PointerEventHandler,
  type ReactNode,
} from 'react';
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import {
  ActionIcon,
  Avatar,
  Badge,
  Group,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconGripVertical, IconListCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, type TaskStatus } from '@relais/domain';
import { isOptimisticTaskId } from '../api/create-task';
import type { Person, TaskResponse } from '../api/types';
import {
  computeMove,
  findColumn,
  toColumns,
  type BoardColumns,
  type BoardMove,
} from '../utils/board-position';
import { DueDate, PriorityFlag, STATUS_COLORS } from './task-badges';
import classes from './task-board.module.css';

interface TaskBoardProps {
  tasks: readonly TaskResponse[];
  people: readonly Person[];
  canMove: (task: TaskResponse) => boolean;
  onMove: (move: BoardMove & { task: TaskResponse }) => void;
  onOpenTask: (taskId: string) => void;
  /** Opens the quick-add field in a column. */
  onAddInColumn?: (status: TaskStatus) => void;
}

/**
 * The project's board: a column per status, cards in position order. Cards move by drag and
 * drop, with the pointer or with the keyboard (focus a card's handle, Space, arrows, Space).
 */
export function TaskBoard({
  tasks,
  people,
  canMove,
  onMove,
  onOpenTask,
  onAddInColumn,
}: TaskBoardProps) {
  const { t } = useTranslation('tasks');
  const sensors = useSensors(
    // a small distance first, so a click on a card still opens it
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const derived = useMemo(() => toColumns(tasks), [tasks]);
  // the arrangement during a drag, and just after a drop until the tasks reflect the move
  const [dragState, setDragState] = useState<{
    columns: BoardColumns;
    basis: readonly TaskResponse[];
  } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const columns = dragState && dragState.basis === tasks ? dragState.columns : derived;

  const titleOf = (id: UniqueIdentifier | undefined) =>
    id === undefined ? '' : (byId.get(String(id))?.title ?? '');
  const columnName = (id: UniqueIdentifier | undefined) => {
    const status = id === undefined ? undefined : findColumn(columns, String(id));
    return status ? t(`status.${status}`) : '';
  };
  const positionIn = (id: UniqueIdentifier | undefined) => {
    if (id === undefined) return { index: 0, total: 0 };
    const status = findColumn(columns, String(id));
    if (!status) return { index: 0, total: 0 };
    const list = columns[status];
    return { index: Math.max(0, list.indexOf(String(id))) + 1, total: list.length };
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('board.announce.start', { title: titleOf(active.id), column: columnName(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('board.announce.over', {
            title: titleOf(active.id),
            column: columnName(over.id),
            ...positionIn(active.id),
          })
        : t('board.announce.outside', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('board.announce.end', { title: titleOf(active.id), column: columnName(over.id) })
        : t('board.announce.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('board.announce.cancel', { title: titleOf(active.id) }),
  };

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id));
    setDragState({ columns: derived, basis: tasks });
  }

  // across columns, the card moves into the column it hovers, so the others make room
  function onDragOver({ active, over }: DragOverEvent) {
    if (!over || !dragState) return;
    const from = findColumn(dragState.columns, String(active.id));
    const to = findColumn(dragState.columns, String(over.id));
    if (!from || !to || from === to) return;
    const target = dragState.columns[to];
    const overIndex = target.indexOf(String(over.id));
    const index = overIndex >= 0 ? overIndex : target.length;
    setDragState({
      basis: dragState.basis,
      columns: {
        ...dragState.columns,
        [from]: dragState.columns[from].filter((id) => id !== active.id),
        [to]: [...target.slice(0, index), String(active.id), ...target.slice(index)],
      },
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    if (!over || !dragState) {
      setDragState(null);
      return;
    }
    const id = String(active.id);
    const status = findColumn(dragState.columns, id);
    if (!status) {
      setDragState(null);
      return;
    }
    let column = dragState.columns[status];
    const overIndex = column.indexOf(String(over.id));
    if (overIndex >= 0) column = arrayMove(column, column.indexOf(id), overIndex);
    const finalColumns = { ...dragState.columns, [status]: column };
    const task = byId.get(id);
    const move = task ? computeMove(tasks, id, status, column.indexOf(id)) : null;
    if (task && move) {
      setDragState({ columns: finalColumns, basis: tasks });
      onMove({ ...move, task });
    } else {
      setDragState(null);
    }
  }

  const activeTask = activeId ? byId.get(activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActiveId(null);
        setDragState(null);
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('board.instructions') },
      }}
    >
      <div className={classes.board}>
        {TASK_STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            count={columns[status].length}
            onAdd={onAddInColumn ? () => onAddInColumn(status) : undefined}
          >
            <SortableContext items={columns[status]} strategy={verticalListSortingStrategy}>
              {columns[status].map((id) => {
                const task = byId.get(id);
                if (!task) return null;
                return (
                  <SortableCard
                    key={id}
                    task={task}
                    people={people}
                    draggable={canMove(task) && !isOptimisticTaskId(id)}
                    onOpen={onOpenTask}
                  />
                );
              })}
            </SortableContext>
          </BoardColumn>
        ))}
      </div>
      <DragOverlay>
        {activeTask ? (
          <div className={`${classes.card} ${classes.overlay}`}>
            <CardContent task={activeTask} people={people} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

interface BoardColumnProps {
  status: TaskStatus;
  count: number;
  onAdd?: () => void;
  children: ReactNode;
}

function BoardColumn({ status, count, onAdd, children }: BoardColumnProps) {
  const { t } = useTranslation('tasks');
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = `board-column-${status}`;
  return (
    <section
      className={`${classes.column} ${isOver ? classes.columnOver : ''}`}
      aria-labelledby={headingId}
      data-status={status}
    >
      <Group justify="space-between" px={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Badge variant="dot" color={STATUS_COLORS[status]} size="lg" radius="sm" tt="none">
            <span id={headingId}>{t(`status.${status}`)}</span>
          </Badge>
          <Text size="xs" c="dimmed" aria-label={t('board.count', { count })}>
            {count}
          </Text>
        </Group>
        {onAdd ? (
          <Tooltip label={t('board.addInColumn', { column: t(`status.${status}`) })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={onAdd}
              aria-label={t('board.addInColumn', { column: t(`status.${status}`) })}
            >
              <IconPlus size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      <div ref={setNodeRef} className={classes.cards} role="list">
        {children}
        {count === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md" aria-hidden>
            {t('board.emptyColumn')}
          </Text>
        ) : null}
      </div>
    </section>
  );
}

interface CardProps {
  task: TaskResponse;
  people: readonly Person[];
  draggable: boolean;
  onOpen: (taskId: string) => void;
}

function SortableCard({ task, people, draggable, onOpen }: CardProps) {
  const { t } = useTranslation('tasks');
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: task.id, disabled: !draggable });
  const pending = isOptimisticTaskId(task.id);
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        transition,
      }}
      className={[
        classes.card,
        draggable ? classes.draggable : '',
        isDragging ? classes.dragging : '',
        pending ? classes.pending : '',
      ].join(' ')}
      // the pointer drags from anywhere on the card; the keyboard from the handle
      onPointerDown={
        draggable ? (listeners?.onPointerDown as PointerEventHandler | undefined) : undefined
      }
      data-task-id={task.id}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {draggable ? (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            className={classes.handle}
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            aria-label={t('board.move', { title: task.title })}
          >
            <IconGripVertical size={14} aria-hidden />
          </ActionIcon>
        ) : null}
        <UnstyledButton
          onClick={() => !pending && onOpen(task.id)}
          style={{ flex: 1, minWidth: 0 }}
          aria-disabled={pending || undefined}
        >
          <CardContent task={task} people={people} />
        </UnstyledButton>
      </Group>
    </div>
  );
}

function CardContent({ task, people }: { task: TaskResponse; people: readonly Person[] }) {
  const { t } = useTranslation('tasks');
  const assignee = people.find((p) => p.userId === task.assigneeId);
  const checklistDone = task.checklist.filter((item) => item.done).length;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} lineClamp={3} c={task.status === 'done' ? 'dimmed' : undefined}>
        {task.title}
      </Text>
      <Group gap={8} justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <PriorityFlag priority={task.priority} />
          <DueDate dueDate={task.dueDate} status={task.status} />
          {task.checklist.length > 0 ? (
            <Group gap={2} wrap="nowrap">
              <IconListCheck size={14} aria-hidden />
              <Text size="xs" c="dimmed">
                {t('checklist.progress', { done: checklistDone, total: task.checklist.length })}
              </Text>
            </Group>
          ) : null}
        </Group>
        {assignee ? (
          <Tooltip label={assignee.name}>
            <Avatar
              name={assignee.name}
              color="initials"
              size="sm"
              radius="xl"
              aria-label={t('board.assignedTo', { name: assignee.name })}
            />
          </Tooltip>
        ) : null}
      </Group>
    </Stack>
  );
}
