import { NETWORK_MAX_STATUS_WORD_LENGTH, NETWORK_MAX_STATUS_WORDS, WORK_STATUSES, type NetworkStatusWordV1 } from '@renkei/contracts';
import type { FieldError } from './field-error';

/**
 * Two words are one when they differ only in case or in full-/half-width form (ｶｺｳﾁｭｳ, カコウチュウ;
 * ＤＯＮＥ, done): a report typed on another keyboard must not hit a different meaning.
 */
export function statusWordKey(word: string): string {
  return word.normalize('NFKC').trim().toLowerCase();
}

/** One entry as read from untrusted input: either field may be anything. */
export interface StatusWordEntry {
  readonly word: unknown;
  readonly status: unknown;
}

/**
 * The rules of one entry, checked against the words seen earlier in the same list (key → field,
 * filled in here). Shared by the parser, which reports them in body order, and the decider,
 * which guards the stream against a list that did not come through the parser.
 */
export function statusWordEntryErrors(entry: StatusWordEntry, at: string, seen: Map<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  const { word, status } = entry;
  const trimmed = typeof word === 'string' ? word.trim() : '';
  const length = [...trimmed].length;
  if (typeof word !== 'string' || length === 0 || length > NETWORK_MAX_STATUS_WORD_LENGTH) {
    errors.push({ field: `${at}.word`, rule: `must be non-blank text of at most ${NETWORK_MAX_STATUS_WORD_LENGTH} characters`, allowed: 'a word of the shop floor, e.g. 加工中' });
  } else {
    const key = statusWordKey(trimmed);
    const earlier = seen.get(key);
    if ((WORK_STATUSES as readonly string[]).includes(key)) {
      errors.push({
        field: `${at}.word`,
        rule: `"${trimmed}" is a canonical status, which always means itself and cannot be mapped`,
        allowed: `a word of the workshop's own, other than ${WORK_STATUSES.join(', ')}`,
      });
    } else if (earlier !== undefined) {
      errors.push({ field: `${at}.word`, rule: `repeats the word of ${earlier} (compared ignoring case and full-/half-width form)`, allowed: 'each word once' });
    } else {
      seen.set(key, at);
    }
  }
  if (typeof status !== 'string' || !(WORK_STATUSES as readonly string[]).includes(status)) {
    errors.push({ field: `${at}.status`, rule: 'must be one of the canonical statuses', allowed: WORK_STATUSES.join(', ') });
  }
  return errors;
}

/** The error for a `words` that is not a list, or too long a one. */
export const STATUS_WORD_LIST_ERROR: FieldError = {
  field: 'words',
  rule: `must be a list of at most ${NETWORK_MAX_STATUS_WORDS} status words (empty withdraws all)`,
  allowed: '[{ "word": "加工中", "status": "in_progress" }, ...]',
};

/** Every rule of a whole list: its length, then each entry in order. */
export function statusWordListErrors(words: readonly NetworkStatusWordV1[]): FieldError[] {
  const seen = new Map<string, string>();
  const tooMany = words.length > NETWORK_MAX_STATUS_WORDS ? [STATUS_WORD_LIST_ERROR] : [];
  return [...tooMany, ...words.flatMap((entry, index) => statusWordEntryErrors(entry, `words[${index}]`, seen))];
}
