export * from './ids.js';
export * from './requests.js';
export * from './responses.js';
export * from './strategy.js';
