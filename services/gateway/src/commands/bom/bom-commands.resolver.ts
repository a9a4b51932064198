import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { AcknowledgeBomRevisionInput, PublishBomRevisionInput } from './bom.inputs';

/** BOM revisions and their acknowledgements, through the bom-exchange service. */
@Resolver()
export class BomCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/boms/{productId}/revisions: the lead publishes the next revision of a product’s BOM.' })
  publishBomRevision(
    @Args('productId') productId: string,
    @Args('input') input: PublishBomRevisionInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'boms/:productId/revisions', { productId }, input, options);
  }

  @Mutation(() => CommandResult, { description: 'POST /v1/boms/{productId}/acknowledgements: a workshop acknowledges the revision it works to.' })
  acknowledgeBomRevision(
    @Args('productId') productId: string,
    @Args('input') input: AcknowledgeBomRevisionInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'boms/:productId/acknowledgements', { productId }, input, options);
  }
}
