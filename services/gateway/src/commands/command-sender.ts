import { Inject, Injectable, Logger } from '@nestjs/common';
import { COMMAND_GATEWAY, PROBLEM_BASE, type CommandGateway } from '@renkei/service-kit';
import type { GraphQLContext } from '../graphql-caller';
import { commandOutcomeOf, problemToGraphQLError } from './command-answer';
import type { CommandOptions } from './command-options.args';
import type { CommandResult } from './command-result.model';

type FieldError = { field: string; rule: string; allowed: string };

/**
 * What every mutation does: forward its input as the REST body to `route` (the controller's path,
 * e.g. `purchase-orders/:orderId/acceptance`) with the caller's own Authorization header, and
 * answer with the result or the service's refusal. No rule is checked here but what HTTP itself
 * cannot carry, so GraphQL and REST can never disagree.
 */
@Injectable()
export class CommandSender {
  private readonly logger = new Logger('commands');

  constructor(@Inject(COMMAND_GATEWAY) private readonly gateway: CommandGateway) {}

  async send(context: GraphQLContext, route: string, ids: Readonly<Record<string, string | number>>, body: object, options: CommandOptions): Promise<CommandResult> {
    const unsendable = [...unroutableIds(ids), ...unsendableHeaders(options)];
    if (unsendable.length > 0) {
      throw problemToGraphQLError({
        type: `${PROBLEM_BASE}invalid-request`,
        title: 'Invalid request',
        status: 400,
        detail: 'one or more fields are invalid; nothing was recorded',
        code: 'REQUEST.INVALID_INPUT',
        errors: unsendable,
      });
    }
    const ifMatch = options.ifMatch ?? undefined;
    const answer = await this.gateway.send({
      method: 'POST',
      path: pathOf(route, ids),
      body,
      headers: { authorization: context.authorization, idempotencyKey: options.idempotencyKey, ...(ifMatch === undefined ? {} : { ifMatch }) },
    });
    const outcome = commandOutcomeOf(answer);
    if (outcome.ok) return outcome.result;
    if (outcome.error.extensions['code'] === 'INTERNAL_SERVER_ERROR') this.logger.error(`POST ${pathOf(route, ids)}: ${outcome.error.message}`);
    throw outcome.error;
  }
}

/** `purchase-orders/:orderId` with `{ orderId: 'PO 7' }` → `/v1/purchase-orders/PO%207`. */
export function pathOf(route: string, ids: Readonly<Record<string, string | number>>): string {
  const path = route.replace(/:([A-Za-z]+)/g, (_placeholder, name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`route ${route} names :${name}, which the mutation did not give`);
    return encodeURIComponent(String(id));
  });
  return `/v1/${path}`;
}

/**
 * An empty id, `.` or `..` cannot be a URL path segment (URLs drop or collapse them), so such an id
 * would reach another route; none of them is a valid id in any context, and this says so.
 */
function unroutableIds(ids: Readonly<Record<string, string | number>>): FieldError[] {
  return Object.entries(ids)
    .filter(([, id]) => id === '' || id === '.' || id === '..')
    .map(([field]) => ({ field, rule: 'must be an id', allowed: '1-64 letters, digits, "_", "." or "-", starting with a letter or digit' }));
}

/** Header values cannot hold line breaks or non-ASCII characters; the service's own rules are stricter still. */
function unsendableHeaders(options: CommandOptions): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^[\x20-\x7e]*$/.test(options.idempotencyKey)) {
    errors.push({ field: 'idempotencyKey', rule: 'header is required so a retry is never applied twice', allowed: '8-128 visible ASCII characters, e.g. a UUID' });
  }
  if (typeof options.ifMatch === 'string' && !/^[\x20-\x7e]*$/.test(options.ifMatch)) {
    errors.push({ field: 'ifMatch', rule: 'must be one quoted revision number', allowed: 'the ETag of your last read, e.g. "3"' });
  }
  return errors;
}
