#!/usr/bin/env node
// CommonJS (bin/package.json says so), as is the whole CLI: Node 20 starts its ESM loader for an
// ES module, which alone costs about a fifth of `node -e 0`. dist/cli.cjs answers `--version`
// and loads the file of the command the line starts with (see src/cli/main.ts).
require('../dist/cli.cjs').main();
