export { CoreModule, type CoreAdapters } from './core/core.module';
export { openCore, type CoreSettings, type OpenedCore } from './core/open-core';
export { openEventStore } from './core/open-event-store';
export { createHttpAdapter, type HttpPlatformOptions } from './http/http-platform';
export { whileLeader, type Leadership, type LeadershipOptions } from './leadership/advisory-lock-leadership';
export { startManagementServer, type ManagementServer } from './management/management-server';
export { checkReadiness, type ReadinessCheck, type ReadinessReport } from './management/readiness';
export { requiredServiceUrls, runService, runServiceProcess, type DistributedConfig, type RunningService, type ServiceDefinition } from './run-service';
export { ShutdownSequence } from './shutdown-sequence';
