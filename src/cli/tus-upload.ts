#!/usr/bin/env node
/** Entry point of tus-upload (bundled by ncc into dist/tus-upload/index.js). */
import { runAsProcess } from './io.js'
import { main } from './upload.js'

runAsProcess('tus-upload', main)
