export { describeEventStoreConformance, type ConformanceFactory } from './conformance';
