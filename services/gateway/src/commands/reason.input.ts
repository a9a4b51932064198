import { Field, InputType } from '@nestjs/graphql';

@InputType('ReasonInput', { description: 'The body of a refusal, cancellation or decline: why, in a sentence or two.' })
export class ReasonInput {
  @Field({ description: 'Non-blank text of at most 500 characters' }) reason!: string;
}
