import { controlNumberText, type EdiError } from '@renkei/edi';
import { PROBLEM_BASE, ProblemException, type Caller } from '@renkei/service-kit';
import type { TemporaryFailure } from './apply-messages';

/** An envelope with no readable sender or control number cannot be answered by a file: the upload's answer lists its errors. */
export function unaddressableInterchange(errors: readonly EdiError[]): ProblemException {
  const listed = errors.slice(0, 100).map((error) => ({
    field: error.tag === null ? `line ${error.line}` : `line ${error.line} ${error.tag}${error.field === null ? '' : `.${error.field.name} (field ${error.field.position})`}`,
    rule: `${error.rule} [${error.code}]`,
    allowed: error.allowed,
  }));
  return new ProblemException({
    type: `${PROBLEM_BASE}edi-unaddressable`,
    title: 'The interchange cannot be answered',
    status: 400,
    detail: 'its ENV segment names no readable sender and control number, so no acknowledgement can refer to it; nothing was applied',
    code: 'EDI.ENVELOPE_UNREADABLE',
    errors: listed.length > 0 ? listed : [{ field: 'ENV', rule: 'must be the first segment', allowed: 'ENV|renkei-edi/1|sender|RENKEI|controlNumber|sequenceNumber|createdAt' }],
  });
}

export function senderIsNotCaller(sender: string, caller: Caller): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}edi-sender-not-caller`,
    title: 'The interchange is not from you',
    status: 403,
    detail: `ENV.sender (field 2) is ${sender}, but your key acts for ${caller.companyId}: a company sends only its own interchanges; nothing was applied`,
    code: 'EDI.SENDER_NOT_CALLER',
    errors: [{ field: 'ENV.sender', rule: 'must be the company your key acts for', allowed: caller.companyId }],
  });
}

export function controlNumberReused(sender: string, controlNumber: number, receivedAt: Date): ProblemException {
  const number = controlNumberText(controlNumber);
  return new ProblemException({
    type: `${PROBLEM_BASE}edi-control-number-reused`,
    title: 'Control number already used',
    status: 409,
    detail: `${sender} already sent a different interchange with control number ${number} (received ${receivedAt.toISOString()}); nothing of this one was applied. Send it again with a new control number, or send the first one unchanged to get its acknowledgement again`,
    code: 'EDI.CONTROL_NUMBER_REUSED',
    errors: [{ field: 'ENV.controlNumber', rule: 'must be unique per sender: one control number, one interchange', allowed: `a control number ${sender} has not used yet` }],
  });
}

/** A message the REST API could not take for now, after the retries: the file is not recorded, so sending it again finishes it. */
export function temporarilyUnavailable(failure: TemporaryFailure, applied: number): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}edi-temporarily-unavailable`,
    title: 'Try the interchange again',
    status: 503,
    detail:
      `message ${failure.message.ref} (${failure.message.kind}) could not be applied for now (${failure.status}: ${failure.detail}); ` +
      `the ${applied} message(s) before it were applied and the rest were not tried. Send the same file again: nothing is applied twice`,
    code: 'EDI.TEMPORARILY_UNAVAILABLE',
  });
}

export function integratorsDoNotExchange(caller: Caller): ProblemException {
  return new ProblemException({
    type: `${PROBLEM_BASE}read-only-role`,
    title: 'Integrators do not exchange interchanges',
    status: 403,
    detail: `your key acts for ${caller.companyId} as integrator; the EDI channel is for the parties of the orders (read events through /v1/feed)`,
    code: 'REQUEST.READ_ONLY_ROLE',
  });
}
