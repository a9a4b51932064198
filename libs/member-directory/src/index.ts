export * from './event-sourced-directory';
