export { QuotesModule } from './quotes.module';
export { AnswersOverdueScheduler, type OverdueScanResult } from './answers-overdue.scheduler';
