import { Module, type DynamicModule } from '@nestjs/common';
import { RELAY_OPTIONS, RelayRunner, type RelayOptions } from './relay-runner';

/** The relay from the event store to Kafka, one active instance at a time. Needs EVENT_STORE. */
@Module({})
export class RelayModule {
  static forRoot(options: RelayOptions): DynamicModule {
    return { module: RelayModule, providers: [{ provide: RELAY_OPTIONS, useValue: options }, RelayRunner], exports: [RelayRunner] };
  }
}
