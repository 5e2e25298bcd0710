export * from './interview-enums.ts';
export * from './interview-schemas.ts';
