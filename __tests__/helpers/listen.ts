/** Starting and stopping the tests' own servers, all on 127.0.0.1 and a free port. */
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'

/** Listens on 127.0.0.1 on a free port; resolves to the server's origin, e.g. http://127.0.0.1:41235. */
export async function listenOnLoopback(server: http.Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const scheme = server instanceof https.Server ? 'https' : 'http'
  return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/**
 * A close function that also ends keep-alive connections (or close() would wait for them) and
 * does its work once: it resolves to true on the first call, false on later ones.
 */
export function closeOnce(server: http.Server): () => Promise<boolean> {
  let closed = false
  return async () => {
    if (closed) return false
    closed = true
    await new Promise<void>(resolve => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
    return true
  }
}
