import { boardJa } from './board.ja';
import { commonJa } from './common.ja';
import { phoneJa } from './phone.ja';

/** Japanese, the default: every key the pages use is defined here first; the other catalogs must match it. */
export const ja = { ...commonJa, ...boardJa, ...phoneJa };

export type MessageKey = keyof typeof ja;
/** A catalog has exactly the Japanese keys: each area's messages are checked in its own file. */
export type Catalog = Readonly<Record<MessageKey, string>>;
