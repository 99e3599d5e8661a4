/**
 * http_proxy / https_proxy are honored through @actions/http-client's tunnel agent. The target
 * is a name that is never resolved here (the proxy connects it to the local tus server), so all
 * traffic stays on 127.0.0.1. (http-client never proxies loopback names, hence the name.)
 */
import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import * as tus from '../src/tus/index.js'
import { closeOnce, listenOnLoopback } from './helpers/listen.js'
import { pseudoRandomBytes, sha256Buffer, startTusServer, type TusServer } from './helpers/tusServer.js'

let server: TusServer
let proxy: http.Server
const tunnels: string[] = []

beforeAll(async () => {
  server = await startTusServer()
  const serverPort = Number(new URL(server.url).port)
  proxy = http.createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const upstream = net.connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  process.env.http_proxy = await listenOnLoopback(proxy)
})

afterAll(async () => {
  delete process.env.http_proxy
  await closeOnce(proxy)()
  await server.close()
})

test('an upload goes through the http_proxy tunnel, creation and data alike', async () => {
  const bytes = pseudoRandomBytes(6_000_000, 'proxy')
  const location = await tus.upload('http://tus.invalid:1080/files/', bytes, { retry: { retries: 0 } })
  expect(location).toMatch(/^http:\/\/tus\.invalid:1080\/files\/[0-9a-f]+$/)
  expect(sha256Buffer(await server.storedBytes(location))).toBe(sha256Buffer(bytes))
  expect(tunnels.length).toBeGreaterThan(0)
  expect(new Set(tunnels)).toEqual(new Set(['tus.invalid:1080']))
  expect(server.requests.map(r => r.method)).toEqual(['OPTIONS', 'POST', 'PATCH'])
})
