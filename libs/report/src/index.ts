export * from './report';
export * from './build';
export { renderJson } from './views/json';
export { renderText } from './views/text';
