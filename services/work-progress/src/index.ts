export { WorkProgressModule } from './work-progress.module';
