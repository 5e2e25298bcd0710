export * from './application-schemas.ts';
export * from './candidate-schemas.ts';
export * from './import-schemas.ts';
export * from './job-schemas.ts';
export * from './topic-template.ts';
export * from './values.ts';
