/** Injection tokens for ports, so services depend on interfaces, not on adapters. */
export const EVENT_STORE = Symbol('EventStore');
export const AUTHENTICATOR = Symbol('Authenticator');
export const READ_DATABASE = Symbol('ReadDatabase');
export const EVENT_SOURCE = Symbol('EventSource');
/** The member directory (companies, capabilities, valid certifications), kept current from the network events. */
export const DIRECTORY = Symbol('MemberDirectory');
/**
 * An EventSource delivering the global log strictly in log order (the event store's own
 * subscription, in every mode), for consumers whose output is read back in log order, e.g. the feed.
 */
export const LOG_SOURCE = Symbol('LogSource');
