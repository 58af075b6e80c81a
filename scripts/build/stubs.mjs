// Build-time stand-ins for code the CLI never needs (see scripts/stubs/): marked-terminal's code
// highlighter and emoji table, hyperlink and colour detection, commander's child_process.
import { join } from 'node:path';

const STUBS = {
  'cli-highlight': 'cli-highlight.js',
  'node-emoji': 'node-emoji.js',
  'supports-hyperlinks': 'supports-hyperlinks.js',
  '#supports-color': 'supports-color.js',
  './system/supports-colors': 'supports-color.js',
};

export const stubPlugin = (root) => ({
  name: 'stubs',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|node-emoji|supports-hyperlinks|#supports-color|\.\/system\/supports-colors)$/ }, (args) =>
      args.path.startsWith('./') && !args.importer.includes('node_modules/@colors/colors/') ? undefined : { path: join(root, 'scripts/stubs', STUBS[args.path]) },
    );
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: join(root, 'scripts/stubs/child-process.js') } : undefined,
    );
  },
});
