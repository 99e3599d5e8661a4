#!/usr/bin/env node
/** Entry point of tus-metadata (bundled by ncc into dist/tus-metadata/index.js). */
import { runAsProcess } from './io.js'
import { main } from './metadata.js'

runAsProcess('tus-metadata', main)
