import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CommandEvent', { description: 'One event a command recorded.' })
export class CommandEvent {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'The event type, e.g. OrderAcknowledged' }) type!: string;
}

@ObjectType('CommandResult', { description: 'What a command recorded: the answer its REST endpoint gives, with the ETag header as etag.' })
export class CommandResult {
  @Field({ description: 'The stream the command wrote to, e.g. order-PO-7' }) streamId!: string;
  @Field({ description: 'The stream’s revision after the command, as a decimal string (revisions are 64-bit); -1 while the stream is empty' })
  revision!: string;
  @Field({ description: 'That revision as an ETag, e.g. "3" with its quotes: pass it as ifMatch to the next command on the stream' }) etag!: string;
  @Field(() => [CommandEvent], { description: 'In the order recorded; empty when the command changed nothing' }) events!: CommandEvent[];
  @Field({ description: 'True when this answers a retry (same idempotencyKey and input) of a command already recorded: nothing new was recorded' })
  replayed!: boolean;
}
