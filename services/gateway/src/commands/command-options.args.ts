import { ArgsType, Field } from '@nestjs/graphql';

/** The two headers of a REST write, as arguments every mutation takes. */
@ArgsType()
export class CommandOptions {
  @Field({ description: 'Sent as Idempotency-Key: a retry with the same key and input is answered as the first time (replayed: true), never recorded twice; 8-128 visible ASCII characters, e.g. a UUID' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'Sent as If-Match: the etag of your last read or command, e.g. "3" with its quotes; the command is refused (412) when the stream has moved on' })
  ifMatch?: string | null;
}
