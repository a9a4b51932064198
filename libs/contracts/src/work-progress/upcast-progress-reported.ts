import { PROGRESS_REPORTED_V1_SCHEMA, type ProgressReportedV1 } from './progress-reported.v1';
import { PROGRESS_REPORTED_V2_SCHEMA, type ProgressReportedV2 } from './progress-reported.v2';

/** Every schema version of `ProgressReported` ever written, for readers that validate history. */
export const PROGRESS_REPORTED_SCHEMAS = { 1: PROGRESS_REPORTED_V1_SCHEMA, 2: PROGRESS_REPORTED_V2_SCHEMA } as const;

/**
 * Reads a stored `ProgressReported` of any version as the current one (v2). History is never
 * migrated: v1 events stay as written and are upcast on read, treating each field v1 lacks as null.
 * A v2 field already present under a v1 label (written before the writer stamped per-event
 * versions) is kept, so upcasting is safe to apply twice.
 */
export function upcastProgressReported(data: ProgressReportedV1 | ProgressReportedV2, schemaVersion: number): ProgressReportedV2 {
  switch (schemaVersion) {
    case 1: {
      const partial: Partial<ProgressReportedV2> = data;
      return {
        ...data,
        operation: partial.operation ?? null,
        milestone: partial.milestone ?? null,
        percent: partial.percent ?? null,
        delayReasonCode: partial.delayReasonCode ?? null,
      };
    }
    case 2:
      return data as ProgressReportedV2;
    default:
      throw new RangeError(`ProgressReported schema version ${schemaVersion} is unknown: this reader knows versions 1 and 2`);
  }
}
