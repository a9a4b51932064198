export { GatewayModule, type GatewayOptions } from './gateway.module';
export { READ_MODEL_CONSUMER } from './projection-runner';
