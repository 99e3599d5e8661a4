/** The bundle's entry (dist/index.js, built by ncc). */
import { run } from './main.js'

await run()
