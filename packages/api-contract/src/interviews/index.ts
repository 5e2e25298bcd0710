export * from './interview-enums.ts';
export * from './interview-message-schemas.ts';
export * from './interview-message-values.ts';
export * from './interview-schemas.ts';
export * from './meeting-guard-schemas.ts';
