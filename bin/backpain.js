#!/usr/bin/env node
// The whole CLI is one CommonJS bundle (scripts/build/bundles.mjs says why).
'use strict';
require('../dist/backpain.cjs');
