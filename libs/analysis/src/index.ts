export * from './sample-type';
export * from './frames';
export * from './call-tree';
export * from './hot-stacks';
export * from './hotspots';
export * from './prune';
export * from './merge';
