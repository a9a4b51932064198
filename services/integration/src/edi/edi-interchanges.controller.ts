import { Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeyGuard, type AuthenticatedRequest, type Caller } from '@renkei/service-kit';
import { InboundInterchanges } from './receive/inbound-interchanges';
import { integratorsDoNotExchange } from './receive/inbound-problems';
import { interchangeTextOf } from './receive/interchange-text';
import { OutboundInterchanges } from './send/outbound-interchanges';
import { parseOutboundRequest } from './send/outbound-request';

const TEXT = 'text/plain; charset=utf-8';

/**
 * The EDI-like feed over HTTP (docs/edi.md, "Transports"). `POST` an interchange as text/plain:
 * the answer is the acknowledgement interchange. `GET ?after=<sequence>`: the interchanges RENKEI
 * sent the caller's company after that one, concatenated, each from its ENV to its TRL.
 */
@Controller('v1/edi/interchanges')
@UseGuards(ApiKeyGuard)
export class EdiInterchangesController {
  constructor(
    private readonly inbound: InboundInterchanges,
    private readonly outbound: OutboundInterchanges,
  ) {}

  @Post()
  async receive(@Req() request: FastifyRequest & AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    const caller = request.caller as Caller;
    if (caller.role === 'integrator') throw integratorsDoNotExchange(caller);
    const text = await interchangeTextOf(request);
    const answer = await this.inbound.receive(caller, request.headers.authorization, text);
    reply.headers({ ...answer.headers, 'cache-control': 'no-store' });
    // Nothing to answer (the upload held acknowledgements only): recorded, and no file comes back.
    if (answer.text === '') {
      reply.status(204);
      return undefined;
    }
    reply.status(200).type(TEXT);
    return answer.text;
  }

  @Get()
  async outboundAfter(@Query() query: { after?: string; limit?: string }, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const caller = request.caller as Caller;
    if (caller.role === 'integrator') throw integratorsDoNotExchange(caller);
    const { after, limit } = parseOutboundRequest(query);
    const page = await this.outbound.after(caller.companyId, after, limit);
    const last = page.interchanges[page.interchanges.length - 1]?.sequenceNumber ?? after;
    reply
      .status(200)
      .type(TEXT)
      .headers({ 'cache-control': 'no-store', 'Renkei-Edi-Interchanges': String(page.interchanges.length), 'Renkei-Edi-Last-Sequence': String(last), 'Renkei-Edi-Has-More': String(page.hasMore) });
    return page.interchanges.map((interchange) => interchange.text).join('');
  }
}
