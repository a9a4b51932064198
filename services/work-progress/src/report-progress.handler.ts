import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, type CommandOutcome } from '@renkei/command-handling';
import { WORK_PROGRESS_EVENT_SCHEMA_VERSIONS } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';
import { EVENT_STORE, type Caller } from '@renkei/service-kit';
import { decide, evolve, initialWorkItem, workItemStreamId, type ReportProgress, type WorkProgressEvent } from '@renkei/work-progress';

const workItemDecider = { decide, evolve, initialState: initialWorkItem };

/** Records a workshop's progress report on its work item (read → decide → append, idempotent). */
@Injectable()
export class ReportProgressHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  handle(
    command: ReportProgress,
    caller: Caller,
    request: { idempotencyKey: string; fingerprint: string; traceparent: string; ifMatch?: bigint },
  ): Promise<CommandOutcome<WorkProgressEvent>> {
    return handleCommand(this.store, workItemStreamId(command.data.poId, command.data.lineNo), workItemDecider, command, {
      idempotencyName: `${caller.companyId}/${request.idempotencyKey}`,
      fingerprint: request.fingerprint,
      ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
      metadata: { companyId: caller.companyId, traceparent: request.traceparent },
      schemaVersionOf: (type) => (WORK_PROGRESS_EVENT_SCHEMA_VERSIONS as Record<string, number>)[type] ?? 1,
    });
  }
}
