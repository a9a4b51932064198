import { readState } from '@renkei/command-handling';
import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  bomStreamId,
  bomViewForCompany,
  bomViewForIntegrator,
  decide,
  evolve,
  initialProductBom,
  parseAcknowledgeRevision,
  parsePublishBomRevision,
  type BomCommand,
  type BomEvent,
  type ProductBom,
} from '@renkei/bom-exchange';
import type { EventStore } from '@renkei/event-store';
import {
  ApiKeyGuard,
  DIRECTORY,
  EVENT_STORE,
  commandHeaders,
  executeCommand,
  replyWith,
  replyWithCommandResult,
  type AuthenticatedRequest,
  type Caller,
  type CommandEndpoint,
  type HttpReply,
  type MemberDirectory,
} from '@renkei/service-kit';

const productBom: CommandEndpoint<BomCommand, BomEvent, ProductBom> = {
  decider: { decide, evolve, initialState: initialProductBom },
  streamId: (command) => bomStreamId(command.data.productId),
};

/**
 * The lead publishes BOM revisions; each workshop reads only its share and
 * acknowledges the revisions it works to.
 */
@Controller('v1/boms')
@UseGuards(ApiKeyGuard)
export class BomController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  @Post(':productId/revisions')
  @HttpCode(201)
  async publish(
    @Param('productId') productId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCommand(this.store, productBom, commandRequest(caller, `boms/${productId}/revisions`, body, headers), () =>
      parsePublishBomRevision({ productId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':productId/acknowledgements')
  @HttpCode(201)
  async acknowledge(
    @Param('productId') productId: string,
    @Body() body: unknown,
    @Headers() headers: Record<string, string | undefined>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCommand(this.store, productBom, commandRequest(caller, `boms/${productId}/acknowledgements`, body, headers), () =>
      parseAcknowledgeRevision({ productId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  /**
   * The current revision as the caller may see it: an integrator sees what the companies that granted
   * it `bom` see, together. A company with no share, or an integrator with no such grantor, gets 404, as if it did not exist.
   */
  @Get(':productId')
  async read(@Param('productId') productId: string, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: HttpReply) {
    const caller = request.caller as Caller;
    const { state, revision } = await readState<ProductBom, BomEvent>(this.store, bomStreamId(productId), evolve, initialProductBom);
    const nodes =
      caller.role === 'integrator' ? bomViewForIntegrator(state, this.directory.grantorsOf(caller.companyId, 'bom')) : bomViewForCompany(state, caller.companyId);
    if (state.status === 'Unpublished' || nodes.length === 0) throw new NotFoundException(`no BOM ${productId} shared with ${caller.companyId}`);
    replyWith(response, { headers: { ETag: `"${revision ?? 0n}"` } });
    return { productId, revision: state.revision, nodes };
  }
}

function metadataOf(caller: Caller) {
  return { actor: { companyId: caller.companyId, role: caller.role }, now: new Date() };
}

function commandRequest(caller: Caller, target: string, body: unknown, headers: Record<string, string | undefined>) {
  return {
    caller,
    target,
    body,
    headers: commandHeaders(headers),
  };
}
