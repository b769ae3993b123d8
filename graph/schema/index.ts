export * from './nodes.js';
export * from './relationships.js';
export { applySchema, schemaStatements, constraintName } from './constraints.js';
