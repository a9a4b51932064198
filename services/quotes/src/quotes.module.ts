import { Module } from '@nestjs/common';
import { AnswersController } from './answers.controller';
import { AnswersOverdueScheduler } from './answers-overdue.scheduler';
import { RfqsController } from './rfqs.controller';

/** The quotes context's HTTP API (RFQs, quotes, awards) and its overdue scheduler. Needs EVENT_STORE, AUTHENTICATOR and DIRECTORY. */
@Module({
  controllers: [RfqsController, AnswersController],
  providers: [AnswersOverdueScheduler],
  exports: [AnswersOverdueScheduler],
})
export class QuotesModule {}
