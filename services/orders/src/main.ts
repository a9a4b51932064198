import 'reflect-metadata';
import { runServiceProcess } from '@renkei/service-host';
import { OrdersModule } from './orders.module';

/** Distributed mode's orders service: customer and purchase orders (REST /v1/customer-orders, /v1/purchase-orders). */
runServiceProcess({ name: 'orders', api: true, usesKafka: false, modules: () => [OrdersModule] });
