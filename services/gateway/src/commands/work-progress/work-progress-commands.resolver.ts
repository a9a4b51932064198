import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql-caller';
import { CommandOptions } from '../command-options.args';
import { CommandResult } from '../command-result.model';
import { CommandSender } from '../command-sender';
import { ReportProgressInput } from './report-progress.input';

/** A workshop's progress reports, through the work-progress service. */
@Resolver()
export class WorkProgressCommandsResolver {
  constructor(private readonly commands: CommandSender) {}

  @Mutation(() => CommandResult, { description: 'POST /v1/work-items/{poId}/{lineNo}/progress: the workshop doing a purchase order line reports on it.' })
  reportProgress(
    @Args('poId') poId: string,
    @Args('lineNo', { type: () => Int }) lineNo: number,
    @Args('input') input: ReportProgressInput,
    @Args() options: CommandOptions,
    @Context() context: GraphQLContext,
  ): Promise<CommandResult> {
    return this.commands.send(context, 'work-items/:poId/:lineNo/progress', { poId, lineNo }, input, options);
  }
}
