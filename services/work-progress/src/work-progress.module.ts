import { Module } from '@nestjs/common';
import { ReportProgressController } from './report-progress.controller';

/** The work-progress context's command side. Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY (status words) from the composing app. */
@Module({ controllers: [ReportProgressController] })
export class WorkProgressModule {}
