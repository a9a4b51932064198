/** One reason a field was refused: which field, which rule, and what would be accepted. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

export type NetworkErrorCode =
  | 'NETWORK.INVALID_INPUT'
  | 'NETWORK.NOT_ALLOWED'
  | 'NETWORK.NOT_REGISTERED'
  | 'NETWORK.ALREADY_REGISTERED'
  | 'NETWORK.ROLE_NOT_HELD'
  | 'NETWORK.ALREADY_GRANTED'
  | 'NETWORK.UNKNOWN_CERTIFICATION'
  | 'NETWORK.NOT_RENEWABLE'
  | 'NETWORK.RENEWAL_LIMIT_REACHED'
  | 'NETWORK.CERTIFICATION_REVOKED'
  | 'NETWORK.ALREADY_MEMBER'
  | 'NETWORK.NOT_A_MEMBER'
  | 'NETWORK.ALREADY_ISSUED'
  | 'NETWORK.UNKNOWN_CREDENTIAL'
  | 'NETWORK.ALREADY_REVOKED'
  | 'NETWORK.SELF_GRANT'
  | 'NETWORK.UNKNOWN_INTEGRATOR'
  | 'NETWORK.UNKNOWN_GRANT'
  | 'NETWORK.UNKNOWN_PHONE_LINK';

/** The single error type of the network context; `code` is stable and mapped once per edge. */
export class NetworkError extends Error {
  constructor(
    readonly code: NetworkErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}
