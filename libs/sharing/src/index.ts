export * from './chain-facts';
export * from './share-event';
