import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { EventStore } from '@renkei/event-store';
import { parseGrantCertification, parseRenewCertification, parseRevokeCertification } from '@renkei/network';
import { ApiKeyGuard, EVENT_STORE, replyWithCommandResult, type AuthenticatedRequest, type Caller, type HttpReply } from '@renkei/service-kit';
import { executeCompanyCommand, metadataOf, withErrors, withPathFields, type HttpHeaders } from './company-endpoint';

/** A coordinator grants, renews and revokes a member's certifications; validity periods are the domain's. */
@Controller('v1/companies/:companyId/certifications')
@UseGuards(ApiKeyGuard)
export class CertificationsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Post()
  @HttpCode(201)
  async grant(
    @Param('companyId') companyId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/certifications`, body, headers, () =>
      parseGrantCertification({ companyId }, body, metadataOf(caller)),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':certificationId/renewal')
  @HttpCode(201)
  async renew(
    @Param('companyId') companyId: string,
    @Param('certificationId') certificationId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { certificationId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/certifications/${certificationId}/renewal`, body, headers, () =>
      withErrors(parseRenewCertification({ companyId }, input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':certificationId/revocation')
  @HttpCode(201)
  async revoke(
    @Param('companyId') companyId: string,
    @Param('certificationId') certificationId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { certificationId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/certifications/${certificationId}/revocation`, body, headers, () =>
      withErrors(parseRevokeCertification({ companyId }, input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }
}
