import { Module, type DynamicModule } from '@nestjs/common';
import { ProcessManagerRunner } from './process-manager-runner';
import { PROCESS_MANAGERS_READ_SCHEMA } from './read-side';

export interface ProcessManagersOptions {
  /** The schema of the consumer inbox, where the managers also keep their index tables. */
  readonly readSchema: string;
}

/** The process managers that connect the contexts. Needs EVENT_SOURCE, EVENT_STORE and READ_DATABASE. */
@Module({})
export class ProcessManagersModule {
  static forRoot(options: ProcessManagersOptions): DynamicModule {
    return {
      module: ProcessManagersModule,
      providers: [{ provide: PROCESS_MANAGERS_READ_SCHEMA, useValue: options.readSchema }, ProcessManagerRunner],
    };
  }
}
