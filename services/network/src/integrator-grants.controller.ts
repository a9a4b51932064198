import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { NETWORK_COMPANY_ROLES, type NetworkCompanyRole } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import { parseGrantIntegratorAccess, parseRevokeIntegratorAccess, type IntegratorLookup } from '@renkei/network';
import { ApiKeyGuard, DIRECTORY, EVENT_STORE, replyWithCommandResult, type AuthenticatedRequest, type Caller, type HttpReply, type MemberDirectory } from '@renkei/service-kit';
import { executeCompanyCommand, isRecord, metadataOf, withErrors, withPathFields, type HttpHeaders } from './company-endpoint';

/**
 * A lead or a workshop opens its own orders, BOM share or work to an integrator (its ERP or MES
 * vendor, its customer's systems), and closes them again. Not even a coordinator does it for them.
 */
@Controller('v1/companies/:companyId/integrator-grants')
@UseGuards(ApiKeyGuard)
export class IntegratorGrantsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY) private readonly directory: MemberDirectory,
  ) {}

  /** Body `{ "integratorId": ..., "scopes": ["orders", "bom", "work"] }`: replaces the company's earlier grant to that integrator. */
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
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/integrator-grants`, body, headers, () =>
      parseGrantIntegratorAccess({ companyId }, body, { ...metadataOf(caller), lookups: this.integratorNamedIn(body) }),
    );
    return replyWithCommandResult(response, result);
  }

  @Post(':integratorId/revocation')
  @HttpCode(201)
  async revoke(
    @Param('companyId') companyId: string,
    @Param('integratorId') integratorId: string,
    @Body() body: unknown,
    @Headers() headers: HttpHeaders,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HttpReply,
  ) {
    const caller = request.caller as Caller;
    const { input, errors } = withPathFields(body, { integratorId });
    const result = await executeCompanyCommand(this.store, caller, companyId, `companies/${companyId}/integrator-grants/${integratorId}/revocation`, body, headers, () =>
      withErrors(parseRevokeIntegratorAccess({ companyId }, input, metadataOf(caller)), errors),
    );
    return replyWithCommandResult(response, result);
  }

  /** The roles of the company `body.integratorId` names, as the directory knows them now; null when it names none that is registered. */
  private integratorNamedIn(body: unknown): IntegratorLookup {
    const integratorId = isRecord(body) ? body['integratorId'] : undefined;
    const roles = typeof integratorId === 'string' ? this.directory.rolesOf(integratorId) : undefined;
    return { integratorRoles: roles === undefined ? null : roles.filter(isNetworkRole) };
  }
}

function isNetworkRole(role: string): role is NetworkCompanyRole {
  return (NETWORK_COMPANY_ROLES as readonly string[]).includes(role);
}
