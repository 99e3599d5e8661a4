/** Checks a CA file's certificates before any request, so that a broken one is named as such. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError, describeFsError } from './errors.js'
import { nodeCrypto } from './lazyCrypto.js'

const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g

/** Why `pem` cannot serve as CA certificates, or undefined when every block parses. */
export function pemProblem(pem: string): string | undefined {
  const blocks = pem.match(BLOCK) ?? []
  if (blocks.length === 0) return 'holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" ... "-----END CERTIFICATE-----" block)'
  const { X509Certificate } = nodeCrypto()
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block)
    } catch (error) {
      const which = blocks.length === 1 ? 'its certificate' : `certificate ${index + 1} of ${blocks.length}`
      return `holds a PEM block that is not a certificate: ${which} does not parse (${(error as Error).message})`
    }
  }
  return undefined
}

/** A CA file named by `what` (--ca, the ca-file input), read and checked: its PEM, or a UsageError. */
export function readCaFile(file: string, absolute: string, what: string): string {
  const pem = readText({ file, absolute, what }, 'the path of a PEM file of CA certificates')
  const problem = pemProblem(pem)
  if (problem !== undefined) throw new UsageError(`${what}: ${JSON.stringify(file)} ${problem}; give a PEM file of CA certificates`)
  return pem
}

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/

export interface ClientCertificateFiles {
  /** The certificate file as given, and the option or input that named it. */
  cert: string
  certWhat: string
  /** The key file; none: the key is in the certificate file. */
  key?: string
  keyWhat: string
  /** Relative paths are resolved against it. */
  base: string
  /** The option that gives the key (--key, key-file), for the fix when there is none. */
  keyOption: string
}

/**
 * A client certificate and its key (mutual TLS), read and checked before any request: the
 * certificate parses, the key is an unencrypted private key (in its own file, or in the
 * certificate's), and it is that certificate's key. A UsageError naming the option otherwise.
 */
export function readClientCertificate(files: ClientCertificateFiles): { cert: string; key: string } {
  const named = (file: string, what: string) => ({ file, absolute: path.resolve(files.base, file), what })
  const certFile = named(files.cert, files.certWhat)
  const keyFile = files.key === undefined ? undefined : named(files.key, files.keyWhat)
  const cert = readText(certFile, 'a PEM file with the client certificate')
  const problem = pemProblem(cert)
  if (problem !== undefined) throw new UsageError(`${certFile.what}: ${JSON.stringify(certFile.file)} ${problem}; give a PEM file with the client certificate`)
  const keyText = keyFile === undefined ? cert : readText(keyFile, 'a PEM file with the private key')
  const key = PRIVATE_KEY.exec(keyText)?.[0]
  const keyWhat = keyFile ?? certFile
  if (key === undefined) {
    const fix = keyFile === undefined ? `give the key with ${files.keyOption}` : 'give a PEM private key'
    throw new UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} holds no PEM private key; ${fix}`)
  }
  const { X509Certificate, createPrivateKey } = nodeCrypto()
  let privateKey: ReturnType<typeof createPrivateKey>
  try {
    privateKey = createPrivateKey(key)
  } catch {
    throw new UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} holds a private key that cannot be read (encrypted, or damaged); give an unencrypted PEM key`)
  }
  const first = cert.match(BLOCK)?.[0] as string
  if (!new X509Certificate(first).checkPrivateKey(privateKey)) {
    throw new UsageError(`${keyWhat.what}: ${JSON.stringify(keyWhat.file)} is not the key of the certificate in ${JSON.stringify(certFile.file)}; give the matching key`)
  }
  return { cert, key }
}

function readText(file: { file: string; absolute: string; what: string }, wanted: string): string {
  try {
    return readFileSync(file.absolute, 'utf8')
  } catch (error) {
    throw new UsageError(`${file.what}: cannot read ${JSON.stringify(file.file)} (${describeFsError(error)}); give ${wanted}`)
  }
}
