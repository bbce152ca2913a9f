export * from './format';
export * from './export';
export * from './restore';
export { TABLE_NAMES, TABLE_SPECS, type TableName } from './tables';
export * from './transport';
