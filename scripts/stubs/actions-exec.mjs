// Bundled in place of `@actions/exec` (see scripts/bundle.mjs). @actions/core imports it at its top
// level only for platform.getDetails(), which this project never calls; the real one brings
// @actions/io and child_process.
const MESSAGE = '@actions/exec is not bundled: tus-upload-action runs no commands'

export function exec() {
  return Promise.reject(new Error(MESSAGE))
}

export function getExecOutput() {
  return Promise.reject(new Error(MESSAGE))
}
