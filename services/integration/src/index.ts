export { IntegrationModule, type IntegrationOptions } from './integration.module';
export { SHARING_CONSUMER } from './sharing/sharing-runner';
