import { Module } from '@nestjs/common';
import { ProcessManagerRunner } from './process-manager-runner';

/** The process managers that connect the contexts. Needs EVENT_SOURCE and EVENT_STORE. */
@Module({ providers: [ProcessManagerRunner] })
export class ProcessManagersModule {}
