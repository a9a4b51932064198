export { RelayModule } from './relay.module';
export { RelayRunner, type RelayOptions } from './relay-runner';
