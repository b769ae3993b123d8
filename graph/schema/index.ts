export * from './nodes.js';
export * from './relationships.js';
export * from './meta.js';
export { applySchema, schemaStatements, constraintName } from './constraints.js';
