export { ProcessManagersModule } from './process-managers.module';
export { ProcessManagerRunner, PROCESS_MANAGERS } from './process-manager-runner';
