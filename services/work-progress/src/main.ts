import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { WorkProgressModule } from './work-progress.module';

/** Distributed mode's work-progress service: progress reports (REST /v1/work-items), appended to the event store. */
runServiceProcess({ name: 'work-progress', api: true, usesKafka: false, modules: () => [WorkProgressModule] });
