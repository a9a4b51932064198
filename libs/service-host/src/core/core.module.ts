import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EventStore } from '@renkei/event-store';
import type { EventSource } from '@renkei/messaging';
import { AUTHENTICATOR, DIRECTORY, EVENT_SOURCE, EVENT_STORE, LOG_SOURCE, READ_DATABASE, type Authenticator, type MemberDirectory } from '@renkei/service-kit';

export interface CoreAdapters {
  readonly store: EventStore;
  readonly readDatabase: Pool;
  readonly eventSource: EventSource;
  /** The log in log order, whatever the bus (see LOG_SOURCE). */
  readonly logSource: EventSource;
  readonly authenticator: Authenticator;
  readonly directory: MemberDirectory;
}

/** The adapters every module needs, opened once by the composition root and provided by token. */
@Global()
@Module({})
export class CoreModule {
  static with(adapters: CoreAdapters): DynamicModule {
    const providers = [
      { provide: EVENT_STORE, useValue: adapters.store },
      { provide: READ_DATABASE, useValue: adapters.readDatabase },
      { provide: EVENT_SOURCE, useValue: adapters.eventSource },
      { provide: LOG_SOURCE, useValue: adapters.logSource },
      { provide: AUTHENTICATOR, useValue: adapters.authenticator },
      { provide: DIRECTORY, useValue: adapters.directory },
    ];
    return { module: CoreModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
