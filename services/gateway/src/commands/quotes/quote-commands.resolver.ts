import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { ReasonInput } from '../reason.input';
import { QuoteInput } from './quote.inputs';

/** An invited workshop's answers to an RFQ, through the quotes service. */
@Resolver()
export class QuoteCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/rfqs/{rfqId}/quotes/{quoteId}: an invited workshop quotes, under its own quote id.' })
  submitQuote(
    @Args('rfqId') rfqId: string,
    @Args('quoteId') quoteId: string,
    @Args('input') input: QuoteInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'rfqs/:rfqId/quotes/:quoteId', { rfqId, quoteId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/rfqs/{rfqId}/quotes/{quoteId}/revisions: the workshop restates its quote in full.' })
  reviseQuote(
    @Args('rfqId') rfqId: string,
    @Args('quoteId') quoteId: string,
    @Args('input') input: QuoteInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'rfqs/:rfqId/quotes/:quoteId/revisions', { rfqId, quoteId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/rfqs/{rfqId}/decline: an invited workshop declines to quote.' })
  declineRfq(@Args('rfqId') rfqId: string, @Args('input') input: ReasonInput, @Args() options: CommandOptions, @Context() context: GraphQLContext): Promise<CommandResult> {
    return this.commands.send(context, 'rfqs/:rfqId/decline', { rfqId }, input, options);
  }
}
