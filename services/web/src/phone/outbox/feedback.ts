import type { ApiError } from '../../api/api-error';
import type { FieldProblem, QueuedCommand } from './outbox';
import { subjectOf, type PhoneCommand, type Subject } from './phone-commands';

/** What the worker last learnt about a subject's taps: recorded, or refused and why. */
export type SubjectNote =
  | { readonly kind: 'sent' }
  | { readonly kind: 'refused'; readonly command: PhoneCommand; readonly error: ApiError; readonly fields: readonly FieldProblem[] };

/** How the taps on one subject (a work item, an RFQ, an order) stand. */
export interface Feedback {
  /** Taps on it not sent yet. */
  readonly waiting: number;
  /** One of them is on its way now. */
  readonly sending: boolean;
  readonly note: SubjectNote | null;
}

export function feedbackOf(subject: Subject, queue: readonly QueuedCommand[], sendingKey: string | null, notes: Readonly<Partial<Record<Subject, SubjectNote>>>): Feedback {
  const mine = queue.filter((queued) => subjectOf(queued.command) === subject);
  return { waiting: mine.length, sending: mine.some((queued) => queued.key === sendingKey), note: notes[subject] ?? null };
}
