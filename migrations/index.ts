import type { MigrationInterface } from 'typeorm';
import { Foundation1795432756593 } from './1795432756593-Foundation';
import { Workspaces1795433932329 } from './1795433932329-Workspaces';
import { OperationsRecords1795434403173 } from './1795434403173-OperationsRecords';
import { CoveringDashboardIndexes1796394628382 } from './1796394628382-CoveringDashboardIndexes';
import { EmailWorkspace1796396831698 } from './1796396831698-EmailWorkspace';
import { IdeaProjectIndex1796397612373 } from './1796397612373-IdeaProjectIndex';
import { CoveringTimeEntriesIndex1796399193957 } from './1796399193957-CoveringTimeEntriesIndex';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795432756593,
  Workspaces1795433932329,
  OperationsRecords1795434403173,
  CoveringDashboardIndexes1796394628382,
  EmailWorkspace1796396831698,
  IdeaProjectIndex1796397612373,
  CoveringTimeEntriesIndex1796399193957,
];
