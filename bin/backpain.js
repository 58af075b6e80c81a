#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node 20 starts its ESM loader for an ES module entry,
// which alone costs about a tenth of `node -e 0`. The CLI core is CommonJS too; only the
// renderers and prompts, loaded when a command needs them, are ES modules.
require('../dist/cli.cjs').main();
