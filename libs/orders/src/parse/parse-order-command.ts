import type { OrdersCommandMetadata } from '../command-metadata';
import { FieldReader, type ParseResult } from './field-reader';

interface CommandOnOrder {
  readonly type: string;
  readonly data: { readonly orderId: string };
  readonly metadata: OrdersCommandMetadata;
}

/**
 * The shared frame of every command on an existing order: the order id comes from the target
 * (the URL, the EDI reference), the rest from the body, and unknown body fields are refused.
 */
export function parseOrderCommand<Command extends CommandOnOrder>(
  type: Command['type'],
  target: { readonly orderId: string },
  body: unknown,
  metadata: Command['metadata'],
  shape: { readonly what: string; readonly fields: readonly string[]; readonly example: string },
  read: (reader: FieldReader, input: Record<string, unknown>) => Omit<Command['data'], 'orderId'>,
): ParseResult<Command> {
  const reader = new FieldReader();
  const orderId = reader.id(target.orderId, 'orderId');
  const input = reader.body(body, shape.example);
  const rest = read(reader, input);
  reader.onlyKnown(input, shape.fields, '', shape.what);
  // Sound by construction: `rest` is the command's data without `orderId`, which is added here.
  return reader.result(() => ({ type, data: { orderId, ...rest }, metadata }) as unknown as Command);
}
