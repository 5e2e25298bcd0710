export * from './recruiting-enums.ts';
