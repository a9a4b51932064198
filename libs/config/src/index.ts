export * from './renkei-config';
