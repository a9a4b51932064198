export * from './chromium';
export * from './accessibility';
export * from './screenshots';
