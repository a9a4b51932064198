export { ProcessManagersModule, type ProcessManagersOptions } from './process-managers.module';
export { ProcessManagerRunner, PROCESS_MANAGERS, PROCESS_MANAGER_TABLES } from './process-manager-runner';
export type { ReadSide, ManagerTables } from './read-side';
