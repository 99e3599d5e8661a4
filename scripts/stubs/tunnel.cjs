// Bundled in place of `tunnel` (see scripts/bundle.mjs). @actions/http-client imports it at its top
// level but calls it only to make a proxy agent (http_proxy / https_proxy set). The real module is
// bundled too, behind these wrappers, and runs only when the first proxy agent is made: loading it
// at start brought `assert` with it, about 4 ms of every start.
let real

function load() {
  // A relative path: the bundles' alias of `tunnel` to this file must not apply here.
  return (real ??= require('../../node_modules/tunnel/lib/tunnel.js'))
}

exports.httpOverHttp = options => load().httpOverHttp(options)
exports.httpsOverHttp = options => load().httpsOverHttp(options)
exports.httpOverHttps = options => load().httpOverHttps(options)
exports.httpsOverHttps = options => load().httpsOverHttps(options)
