import type { QuotesRfqLineV1 } from '@renkei/contracts';
import { ID_ALLOWED, isCalendarDate, isId, isPositiveInteger, repeatedIndexes } from './field-rules';
import { matchWorkshops } from './match-workshops';
import type { IssueRfq } from './quotes-commands';
import { QuotesError, type FieldError } from './quotes-error';
import type { RfqIssued } from './quotes-events';
import { requireWellFormed } from './rfq-guards';
import type { Rfq } from './rfq-state';

export function issueRfq(command: IssueRfq, state: Rfq): RfqIssued[] {
  const { data, metadata } = command;
  if (metadata.actor.role !== 'lead') {
    throw new QuotesError('QUOTES.NOT_A_LEAD', `${metadata.actor.companyId} acts as ${metadata.actor.role}; only a lead issues RFQs`);
  }
  if (state.status !== 'NotIssued') throw new QuotesError('QUOTES.ALREADY_ISSUED', `RFQ ${data.rfqId} was already issued`);
  const customerOrderId = data.customerOrderId ?? null;
  requireWellFormed(
    [
      ...rfqLineErrors(data.lines),
      ...(data.invited === undefined ? [] : invitedErrors(data.invited, metadata.actor.companyId)),
      ...customerOrderErrors(customerOrderId, data.lines),
    ],
    `RFQ ${data.rfqId}`,
  );
  if (data.answerDeadline.getTime() <= metadata.now.getTime()) {
    throw new QuotesError('QUOTES.DEADLINE_IN_THE_PAST', `answer deadline ${data.answerDeadline.toISOString()} is not after now (${metadata.now.toISOString()})`, [
      { field: 'answerDeadline', rule: 'must be in the future', allowed: `a timestamp after ${metadata.now.toISOString()}` },
    ]);
  }

  let invited: readonly string[];
  if (data.match === undefined) {
    invited = data.invited;
  } else {
    if (metadata.directory === undefined) {
      throw new QuotesError('QUOTES.DIRECTORY_REQUIRED', `RFQ ${data.rfqId} matches workshops by capability, but no directory snapshot came with the command`);
    }
    // A lead that is also a workshop in the directory does not ask itself for a quote.
    invited = matchWorkshops(data.match, metadata.directory).filter((companyId) => companyId !== metadata.actor.companyId);
    if (invited.length === 0) {
      const { process, material, certification } = data.match;
      throw new QuotesError(
        'QUOTES.NO_MATCHING_WORKSHOP',
        `no active workshop offers ${process} on ${material}${certification === null ? '' : ` with a valid ${certification} certification`}`,
      );
    }
  }

  return [
    {
      type: 'RfqIssued',
      data: {
        rfqId: data.rfqId,
        issuedBy: metadata.actor.companyId,
        lines: data.lines.map((line) => ({
          lineNo: line.lineNo,
          part: { partNumber: line.part.partNumber, bomNodeId: line.part.bomNodeId, description: line.part.description },
          quantity: line.quantity,
          dueDate: line.dueDate,
          drawingRefs: [...line.drawingRefs],
        })),
        answerDeadline: data.answerDeadline.toISOString(),
        invited: [...invited],
        selection: data.match === undefined ? 'invited' : 'matched',
        matchCriteria: data.match === undefined ? null : { process: data.match.process, material: data.match.material, certification: data.match.certification },
        issuedAt: metadata.now.toISOString(),
        customerOrderId,
      },
    },
  ];
}

/** Lines are numbered 1..n, each once, with a whole positive quantity and a real due date. */
export function rfqLineErrors(lines: readonly QuotesRfqLineV1[]): FieldError[] {
  if (lines.length === 0) return [{ field: 'lines', rule: 'must hold at least one line', allowed: 'an array of 1 or more lines' }];
  const errors: FieldError[] = [];
  const repeated = new Set(repeatedIndexes(lines, (line) => line.lineNo));
  lines.forEach((line, index) => {
    if (!isPositiveInteger(line.lineNo, lines.length) || repeated.has(index)) {
      errors.push({ field: `lines[${index}].lineNo`, rule: 'must number the lines 1..n, each once', allowed: `1 to ${lines.length}` });
    }
    if (!isPositiveInteger(line.quantity)) errors.push({ field: `lines[${index}].quantity`, rule: 'must be a whole positive number of pieces', allowed: '1 to 10000000' });
    if (!isCalendarDate(line.dueDate)) errors.push({ field: `lines[${index}].dueDate`, rule: 'must be a calendar date', allowed: 'YYYY-MM-DD' });
  });
  return errors;
}

/** At least one workshop, each named once, and never the issuing lead itself (it would then see and award its own quote). */
export function invitedErrors(invited: readonly string[], issuer: string): FieldError[] {
  if (invited.length === 0) return [{ field: 'invited', rule: 'must name at least one workshop', allowed: 'an array of company ids' }];
  const repeated = new Set(repeatedIndexes(invited, (companyId) => companyId));
  return invited.flatMap((companyId, index) => {
    if (!isId(companyId) || repeated.has(index)) return [{ field: `invited[${index}]`, rule: 'must be a company id named once', allowed: 'distinct company ids' }];
    if (companyId === issuer) return [{ field: `invited[${index}]`, rule: 'must not be the issuing lead', allowed: 'workshops other than the issuer' }];
    return [];
  });
}

/**
 * An RFQ for a customer order names it by id, and each line names the BOM node it makes:
 * its award becomes purchase order lines, and a purchase order line always sits at a BOM node.
 */
export function customerOrderErrors(customerOrderId: string | null, lines: readonly QuotesRfqLineV1[]): FieldError[] {
  if (customerOrderId === null) return [];
  if (!isId(customerOrderId)) return [{ field: 'customerOrderId', rule: 'must be an order id', allowed: ID_ALLOWED }];
  return lines.flatMap((line, index) =>
    line.part.bomNodeId === null
      ? [{ field: `lines[${index}].part.bomNodeId`, rule: 'is required when the RFQ names a customer order', allowed: 'the BOM node the line makes' }]
      : [],
  );
}
