export * from './DateTimeCell';
