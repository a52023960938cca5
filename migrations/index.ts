import type { MigrationInterface } from 'typeorm';
import { Foundation1795432756593 } from './1795432756593-Foundation';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` appends to this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Foundation1795432756593];
