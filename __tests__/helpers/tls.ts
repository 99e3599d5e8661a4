/**
 * A self-signed certificate for https tests, made with the system openssl (/usr/bin/openssl).
 *
 * One self-signed P-256 certificate with basicConstraints CA:TRUE and a subjectAltName for each
 * host name: Node accepts it as its own trust anchor when passed as `ca`, and rejects it
 * (DEPTH_ZERO_SELF_SIGNED_CERT) without. No separate CA is needed.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { isIP } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface SelfSignedCert {
  /** PEM private key. */
  key: string
  /** PEM certificate; also the CA to trust. */
  cert: string
  /** The certificate on disk (for --ca-file style options or NODE_EXTRA_CA_CERTS). */
  certPath: string
  keyPath: string
  dir: string
  /** Removes the files. */
  cleanup: () => void
}

export function makeSelfSignedCert(hostnames: string[] = ['127.0.0.1', 'localhost']): SelfSignedCert {
  if (hostnames.length === 0) throw new Error('makeSelfSignedCert: at least one host name')
  const dir = mkdtempSync(join(tmpdir(), 'tus-test-tls-'))
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  const san = hostnames.map(h => (isIP(h) ? `IP:${h}` : `DNS:${h}`)).join(',')
  const cn = hostnames.find(h => !isIP(h)) ?? hostnames[0]
  execFileSync('openssl', [
    'req', '-x509', '-nodes',
    '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-keyout', keyPath, '-out', certPath,
    '-days', '2', '-subj', `/CN=${cn}`,
    '-addext', `subjectAltName=${san}`,
    '-addext', 'basicConstraints=critical,CA:TRUE'
  ], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 })
  return {
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    certPath,
    keyPath,
    dir,
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
