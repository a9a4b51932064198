import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { QuotesModule } from './quotes.module';

/** Distributed mode's quotes service: RFQs, quotes and awards (REST /v1/rfqs), and the overdue scheduler (idempotent, so every replica may run it). */
runServiceProcess({ name: 'quotes', api: true, usesKafka: false, modules: () => [QuotesModule] });
