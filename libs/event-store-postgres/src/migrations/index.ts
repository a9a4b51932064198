import { eventLog } from './0001-event-log';
import { appendFunction } from './0002-append-function';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in the order it must be applied. Append only: never edit one that has shipped. */
export const migrations: readonly Migration[] = [eventLog, appendFunction];
