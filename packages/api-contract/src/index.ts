export * from './error-codes.ts';
export * from './interviews/index.ts';
export * from './recruiting/index.ts';
export * from './text.ts';
