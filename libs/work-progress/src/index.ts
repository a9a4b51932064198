export * from './field-error';
export * from './report-progress';
export * from './parse-report-progress';
export * from './work-item';
