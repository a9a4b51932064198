/** The caller reused an Idempotency-Key for a request with a different body or target. */
export class IdempotencyKeyReused extends Error {
  readonly code = 'COMMAND.IDEMPOTENCY_KEY_REUSED';
  constructor() {
    super('this Idempotency-Key was already used for a different request');
    this.name = 'IdempotencyKeyReused';
  }
}

/** Others kept writing to the stream while the command was retried; retrying with the same key is safe. */
export class StreamBusy extends Error {
  readonly code = 'COMMAND.CONCURRENT_UPDATE';
  constructor(readonly streamId: string, attempts: number) {
    super(`${streamId} changed ${attempts} times while the command was being recorded`);
    this.name = 'StreamBusy';
  }
}

/** If-Match named a revision the stream is no longer at. */
export class PreconditionFailed extends Error {
  readonly code = 'COMMAND.PRECONDITION_FAILED';
  constructor(readonly streamId: string, readonly expected: bigint, readonly actual: bigint | 'no_stream') {
    super(`${streamId} is at revision ${actual}, not ${expected} as If-Match said`);
    this.name = 'PreconditionFailed';
  }
}
