import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { BomExchangeModule } from './bom-exchange.module';

/** Distributed mode's BOM exchange service (REST /v1/boms). */
runServiceProcess({ name: 'bom-exchange', api: true, usesKafka: false, modules: () => [BomExchangeModule] });
