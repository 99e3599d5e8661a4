/** Checks a CA file's certificates before any request, so that a broken one is named as such. */
import { readFileSync } from 'node:fs'
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
  let pem: string
  try {
    pem = readFileSync(absolute, 'utf8')
  } catch (error) {
    throw new UsageError(`${what}: cannot read ${JSON.stringify(file)} (${describeFsError(error)}); give the path of a PEM file of CA certificates`)
  }
  const problem = pemProblem(pem)
  if (problem !== undefined) throw new UsageError(`${what}: ${JSON.stringify(file)} ${problem}; give a PEM file of CA certificates`)
  return pem
}
