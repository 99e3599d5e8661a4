/** All test helpers in one import: `import { startTusServer, startFaultProxy } from './helpers/index.js'`. */
export * from './files.js'
export * from './http.js'
export * from './listen.js'
export * from './tls.js'
export * from './faultProxy.js'
export { startTusServer, uploadIdFromUrl, type TusServer, type TusServerOptions, type LoggedRequest, type StoredInfo } from './tusServer.js'
