export * from './event-sourced-directory';
export * from './phone-link-token';
export * from './phone-link-authenticator';
