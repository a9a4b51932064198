import { commandRequestOf, type ApplicationOutcome, type EdiMessage, type Envelope } from '@renkei/edi';
import type { CommandAnswer, CommandGateway } from '../rest-commands';

/** A call the REST API could not answer for now (busy stream, 5xx, no answer): retried with the same key, then reported. */
export interface TemporaryFailure {
  readonly message: EdiMessage;
  readonly status: number;
  readonly detail: string;
}

export type Application = { readonly complete: true; readonly outcomes: ApplicationOutcome[] } | { readonly complete: false; readonly outcomes: ApplicationOutcome[]; readonly failure: TemporaryFailure };

export interface RetryPolicy {
  /** Waits before each retry; their number is the number of retries. */
  readonly delaysMs: readonly number[];
  readonly sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delaysMs: [100, 400, 1600],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

type FieldError = { readonly field: string; readonly rule: string; readonly allowed: string };

/**
 * Applies each message, in the file's order, as the sender's own REST call with the library's
 * idempotency key: 2xx is applied, any other 4xx refused with the problem's code, detail and
 * fields. A temporary failure stops the run there: later messages may depend on that one (an
 * acknowledgement before a progress report), and the channel asks for the file again instead.
 */
export async function applyMessages(gateway: CommandGateway, authorization: string | undefined, envelope: Envelope, messages: readonly EdiMessage[], retry: RetryPolicy = DEFAULT_RETRY_POLICY): Promise<Application> {
  const outcomes: ApplicationOutcome[] = [];
  for (const message of messages) {
    const mapping = commandRequestOf(envelope, message);
    if (mapping.kind === 'none') continue; // acknowledgements from the partner: recorded by the channel, not applied
    const { path, body, headers } = mapping.request;
    let answer = await sendOnce(gateway, { method: 'POST', path, body, headers: { authorization, idempotencyKey: headers['Idempotency-Key'] } });
    for (const delay of retry.delaysMs) {
      if (!isTemporary(answer)) break;
      await retry.sleep(delay);
      answer = await sendOnce(gateway, { method: 'POST', path, body, headers: { authorization, idempotencyKey: headers['Idempotency-Key'] } });
    }
    if (isTemporary(answer)) return { complete: false, outcomes, failure: { message, status: answer.status, detail: detailOf(answer) } };
    outcomes.push(outcomeOf(message, answer));
  }
  return { complete: true, outcomes };
}

async function sendOnce(gateway: CommandGateway, command: Parameters<CommandGateway['send']>[0]): Promise<CommandAnswer> {
  try {
    return await gateway.send(command);
  } catch (error) {
    // No answer: the command may or may not be recorded, which only a retry with the same key can settle.
    return { status: 503, headers: {}, body: { detail: `no answer: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

/** 409 is a retry only when the stream was busy; other 409s are the domain's state conflicts (already acknowledged, ...). */
function isTemporary(answer: CommandAnswer): boolean {
  if (answer.status >= 500 || answer.status === 429) return true;
  return answer.status === 409 && recordOf(answer.body)['code'] === 'COMMAND.CONCURRENT_UPDATE';
}

function outcomeOf(message: EdiMessage, answer: CommandAnswer): ApplicationOutcome {
  if (answer.status >= 200 && answer.status <= 299) return { message, applied: true };
  const body = recordOf(answer.body);
  const code = typeof body['code'] === 'string' ? body['code'] : null;
  const errors = Array.isArray(body['errors']) ? body['errors'].filter(isFieldError) : [];
  return { message, applied: false, code, text: detailOf(answer), fieldErrors: errors.map(({ field, rule, allowed }) => ({ field, rule, allowed })) };
}

function detailOf(answer: CommandAnswer): string {
  const body = recordOf(answer.body);
  if (typeof body['detail'] === 'string' && body['detail'].trim() !== '') return body['detail'];
  if (typeof body['title'] === 'string' && body['title'].trim() !== '') return body['title'];
  return `the REST API answered ${answer.status}`;
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isFieldError(value: unknown): value is FieldError {
  const record = recordOf(value);
  return typeof record['field'] === 'string' && typeof record['rule'] === 'string' && typeof record['allowed'] === 'string';
}
