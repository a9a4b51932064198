export { IntegrationModule, type IntegrationOptions } from './integration.module';
export { SHARING_CONSUMER } from './sharing/sharing-runner';
export { EDI_CLI_EXIT_CODES, fetchInterchanges, runEdiCli, sendInterchangeFile } from './edi';
