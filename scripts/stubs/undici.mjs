// Bundled in place of `undici` (see scripts/bundle.mjs). @actions/http-client imports undici's
// ProxyAgent at its top level but uses it only in getAgentDispatcher(), a dispatcher for fetch,
// which neither this project nor the parts of @actions/core it uses call. The real undici cost
// ~100 ms and ~14 MiB at every start.
const MESSAGE = 'undici is not bundled: tus-upload-action does not use fetch dispatchers'

export class ProxyAgent {
  constructor() {
    throw new Error(MESSAGE)
  }
}
