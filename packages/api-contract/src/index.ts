export * from './error-codes.ts';
export * from './recruiting/index.ts';
