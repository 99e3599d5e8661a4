/** Kept equal to package.json's version by a test; a constant avoids reading package.json at run time. */
export const VERSION = '0.1.0'
export const USER_AGENT = `tus-upload-action/${VERSION} (+https://github.com/tus-upload-action/tus-upload-action)`
