/**
 * The port mutations use to run a command: the step-2 services' own HTTP endpoints, so a
 * mutation gets exactly their authentication, authorization, validation, idempotency and codes.
 */
export interface CommandGateway {
  send(command: CommandToSend): Promise<CommandAnswer>;
}

export const COMMAND_GATEWAY = Symbol('CommandGateway');

export interface CommandToSend {
  /** Every command endpoint is a POST; reads never go through this port. */
  readonly method: 'POST';
  /** Absolute path with its ids already encoded, e.g. `/v1/purchase-orders/PO-7/acceptance`. */
  readonly path: string;
  /** Sent as JSON. */
  readonly body: object;
  readonly headers: {
    /** The caller's own Authorization header, verbatim; absent when it sent none. */
    readonly authorization: string | undefined;
    readonly idempotencyKey: string;
    readonly ifMatch?: string | undefined;
  };
}

export interface CommandAnswer {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body; undefined when there was none or it was not JSON. */
  readonly body: unknown;
}
