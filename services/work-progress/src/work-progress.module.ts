import { Module } from '@nestjs/common';
import { ReportProgressController } from './report-progress.controller';
import { ReportProgressHandler } from './report-progress.handler';

/** The work-progress context's command side. Needs EVENT_STORE and AUTHENTICATOR from the composing app. */
@Module({
  controllers: [ReportProgressController],
  providers: [ReportProgressHandler],
})
export class WorkProgressModule {}
