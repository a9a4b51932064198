import type { FieldError } from './field-error';

/** A command, or every field that is wrong: parsing never stops at the first. */
export type NetworkParseResult<Command> = { ok: true; command: Command } | { ok: false; errors: FieldError[] };
