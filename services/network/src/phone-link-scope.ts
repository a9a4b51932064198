import type { NetworkCommand } from '@renkei/network';
import { PROBLEM_BASE, ProblemException, type Caller } from '@renkei/service-kit';

export type PhoneLinkCaller = Extract<Caller, { via: 'phone-link' }>;

/**
 * What a phone link may change in the directory: nothing but closing itself (a lost phone). Every
 * command is listed, so a new one fails to compile until someone decides whether a phone may run it.
 */
export function phoneLinkMayRun(caller: PhoneLinkCaller, command: NetworkCommand): boolean {
  switch (command.type) {
    case 'RevokePhoneLink':
      return command.data.companyId === caller.companyId && command.data.linkId === caller.linkId;
    case 'RegisterCompany':
    case 'DeclareCapabilities':
    case 'DeclareStatusWords':
    case 'GrantCertification':
    case 'RenewCertification':
    case 'RevokeCertification':
    case 'JoinConsortium':
    case 'LeaveConsortium':
    case 'IssueCredential':
    case 'RevokeCredential':
    case 'GrantIntegratorAccess':
    case 'RevokeIntegratorAccess':
    case 'IssuePhoneLink':
      return false;
    default: {
      const unhandled: never = command;
      throw new Error(`no phone link rule for ${(unhandled as { type: string }).type}`);
    }
  }
}

export function phoneLinkNotAllowed(caller: PhoneLinkCaller): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}network-phone-link-not-allowed`,
    title: 'Not through a phone link',
    status: 403,
    detail:
      `a phone link cannot change the company's directory record: use ${caller.companyId}'s own credential (an API key or an issued credential) for that. ` +
      `The link ${caller.linkId} may only revoke itself: POST /v1/companies/${caller.companyId}/phone-links/${caller.linkId}/revocation`,
    code: 'NETWORK.PHONE_LINK_NOT_ALLOWED',
  });
}
