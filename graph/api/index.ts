export * from './ids.js';
export * from './requests.js';
export * from './responses.js';
export * from './documents.js';
export * from './changes.js';
export * from './brief.js';
export * from './actionItems.js';
export * from './strategy.js';
