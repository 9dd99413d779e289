// Bundles src/ into bundle/main.js the way a webpack build ships a service: one file, with
// a source map whose sources are webpack:///./src/... names. rolldown does the bundling;
// only the source names are rewritten to webpack's scheme.
import path from 'node:path';
import { rolldown } from 'rolldown';

const root = path.dirname(new URL(import.meta.url).pathname);
const bundle = await rolldown({ input: path.join(root, 'src', 'main.ts'), platform: 'node', external: ['pg'] });
await bundle.write({
  file: path.join(root, 'bundle', 'main.js'),
  format: 'cjs',
  sourcemap: true,
  sourcemapPathTransform: (relative, mapFile) => `webpack:///./${path.relative(root, path.resolve(path.dirname(mapFile), relative))}`,
});
await bundle.close();
