import type { QuotesMatchCriteriaV1, QuotesQuoteLineV1, QuotesRfqLineV1 } from '@renkei/contracts';

export type QuotesActorRole = 'lead' | 'workshop' | 'integrator' | 'coordinator';

/** The company acting and the role its credential acts in. */
export interface QuotesActor {
  readonly companyId: string;
  readonly role: QuotesActorRole;
}

/** Who asks, and when the backbone received it: passed in, never read from a clock here. */
export interface QuotesCommandMetadata {
  readonly actor: QuotesActor;
  readonly now: Date;
}

/** One capability of a workshop as the member directory holds it (shape of the network context's declaration). */
export interface DirectoryCapability {
  readonly process: string;
  readonly materials: readonly string[];
  readonly maxSizeMm: { readonly x: number; readonly y: number; readonly z: number } | null;
}

/** A workshop in the directory snapshot the caller takes when an RFQ is matched rather than addressed. */
export interface DirectoryWorkshop {
  readonly companyId: string;
  readonly capabilities: readonly DirectoryCapability[];
  /** Names of certifications valid at the command's `now`; the caller resolves validity periods. */
  readonly validCertifications: readonly string[];
  readonly active: boolean;
}

interface IssueRfqFields {
  readonly rfqId: string;
  readonly lines: readonly QuotesRfqLineV1[];
  readonly answerDeadline: Date;
  /**
   * The lead's customer order the RFQ buys for; omitted or null for none. With one, the award
   * becomes purchase orders (a process manager issues them), so every line must name its BOM node.
   */
  readonly customerOrderId?: string | null;
}

/** Either the lead names the workshops, or the directory picks them by capability: never both. */
export type IssueRfqData = IssueRfqFields &
  ({ readonly invited: readonly string[]; readonly match?: never } | { readonly match: QuotesMatchCriteriaV1; readonly invited?: never });

export interface IssueRfq {
  readonly type: 'IssueRfq';
  readonly data: IssueRfqData;
  /** `directory` is required when the RFQ is matched, and ignored when workshops are named. */
  readonly metadata: QuotesCommandMetadata & { readonly directory?: readonly DirectoryWorkshop[] };
}

export interface SubmitQuote {
  readonly type: 'SubmitQuote';
  readonly data: { readonly rfqId: string; readonly quoteId: string; readonly lines: readonly QuotesQuoteLineV1[] };
  readonly metadata: QuotesCommandMetadata;
}

/** A full replacement of the workshop's quote; the previous revisions stay in the history. */
export interface ReviseQuote {
  readonly type: 'ReviseQuote';
  readonly data: { readonly rfqId: string; readonly quoteId: string; readonly lines: readonly QuotesQuoteLineV1[] };
  readonly metadata: QuotesCommandMetadata;
}

export interface DeclineRfq {
  readonly type: 'DeclineRfq';
  readonly data: { readonly rfqId: string; readonly reason: string };
  readonly metadata: QuotesCommandMetadata;
}

/** One workshop's share of one line; a line may be split across several workshops. */
export interface AwardRequest {
  readonly lineNo: number;
  readonly workshopId: string;
  readonly quantity: number;
}

export interface AwardRfq {
  readonly type: 'AwardRfq';
  /** `partial: true` lets lines go unawarded; without it every line must be awarded in full. */
  readonly data: { readonly rfqId: string; readonly awards: readonly AwardRequest[]; readonly partial: boolean };
  readonly metadata: QuotesCommandMetadata;
}

export interface CancelRfq {
  readonly type: 'CancelRfq';
  readonly data: { readonly rfqId: string; readonly reason: string };
  readonly metadata: QuotesCommandMetadata;
}

/** Sent by a scheduler at (or after) the answer deadline; it may fire early or more than once. */
export interface MarkAnswersOverdue {
  readonly type: 'MarkAnswersOverdue';
  readonly data: { readonly rfqId: string };
  readonly metadata: QuotesCommandMetadata;
}

export type QuotesCommand = IssueRfq | SubmitQuote | ReviseQuote | DeclineRfq | AwardRfq | CancelRfq | MarkAnswersOverdue;
