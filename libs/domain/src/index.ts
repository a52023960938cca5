export * from './roles';
export * from './permissions';
export * from './policies';
export * from './auth';
export * from './records';
export * from './kpi';
