import type { EdiError, EdiErrorCode, EdiField } from '../edi-error';
import { fitText, type FieldType } from './field-types';
import { SEGMENT_FIELDS, type FieldName, type SegmentTag } from './segment-fields';
import type { SegmentLine } from './segment-line';

/** Errors quote the tag as written, clipped so that a functional acknowledgement can carry it. */
export const TAG_MAX = 20;

export function tagOf(segment: SegmentLine): string | null {
  return segment.tag === '' ? null : fitText(segment.tag, TAG_MAX);
}

export function segmentError(segment: SegmentLine, code: EdiErrorCode, rule: string, allowed: string, field: EdiField | null = null): EdiError {
  return { code, line: segment.line, tag: tagOf(segment), field, rule, allowed };
}

/**
 * Reads the fields of one segment by name, collecting every problem instead of stopping at the
 * first. A bad field reads as the type's placeholder; its message is refused, so it goes nowhere.
 */
export class SegmentReader<Tag extends SegmentTag> {
  private readonly names: readonly string[];

  constructor(
    readonly segment: SegmentLine,
    tag: Tag,
    private readonly errors: EdiError[],
  ) {
    this.names = SEGMENT_FIELDS[tag];
    for (const position of segment.badEscapes) {
      this.errors.push(segmentError(segment, 'FIELD_FORMAT', 'has an unknown escape', '\\| for |, \\\\ for \\, \\n and \\r for line breaks', this.fieldAt(position)));
    }
    // Trailing empty fields (a "|" typed at the end) say nothing and are let through; the first extra one is reported.
    const extra = segment.fields.findIndex((value, index) => index >= this.names.length && value !== '');
    if (extra !== -1) {
      this.errors.push(segmentError(segment, 'FIELD_EXTRA', `is beyond the ${this.names.length} fields of ${tag}`, `at most ${this.names.length} fields: ${this.names.join(', ')}`, this.fieldAt(extra + 1)));
    }
  }

  required<T>(name: FieldName<Tag>, type: FieldType<T>): T {
    return this.requiredOrNull(name, type) ?? type.placeholder;
  }

  /** For the few fields whose absence changes what is read next (a message's kind, its ref). */
  requiredOrNull<T>(name: FieldName<Tag>, type: FieldType<T>): T | null {
    const raw = this.raw(name);
    if (raw === '') {
      this.fail(name, 'FIELD_MISSING', 'is required', type.allowed);
      return null;
    }
    return this.read(name, raw, type);
  }

  /** Empty means "not said": null, without an error. */
  optional<T>(name: FieldName<Tag>, type: FieldType<T>): T | null {
    const raw = this.raw(name);
    return raw === '' ? null : this.read(name, raw, type);
  }

  given(name: FieldName<Tag>): boolean {
    return this.raw(name) !== '';
  }

  fail(name: FieldName<Tag> | null, code: EdiErrorCode, rule: string, allowed: string): void {
    this.errors.push(segmentError(this.segment, code, rule, allowed, name === null ? null : this.fieldAt(this.names.indexOf(name) + 1)));
  }

  private read<T>(name: FieldName<Tag>, raw: string, type: FieldType<T>): T | null {
    // A field with a bad escape was reported once, above; its value is not what the sender meant.
    if (this.segment.badEscapes.includes(this.names.indexOf(name) + 1)) return null;
    const result = type.read(raw);
    if (result.ok) return result.value;
    this.fail(name, result.code, result.rule, result.allowed ?? type.allowed);
    return null;
  }

  private raw(name: FieldName<Tag>): string {
    return this.segment.fields[this.names.indexOf(name)] ?? '';
  }

  private fieldAt(position: number): EdiField {
    return { position, name: this.names[position - 1] ?? '(not defined)' };
  }
}
