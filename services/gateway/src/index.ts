export { GatewayModule, type GatewayOptions } from './gateway.module';
export { READ_MODEL_CONSUMER } from './projection-runner';
export { ReadModelSchema } from './read-models/read-model-schema';
export { gatewayProjections } from './read-models/gateway-read-models';
export { rebuildReadModels, type RebuildReport } from './read-models/rebuild-read-models';
export { AnswerCache, type AnswerCacheStats } from './answer-cache';
export { registerWebPages, WEB_PAGES } from './web-pages/web-pages';
export { registerRestEdge } from './rest-edge/rest-edge';
export { deploymentLeadOf } from './deployment-lead';
