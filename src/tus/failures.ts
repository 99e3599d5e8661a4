/** What a failed request means: the error a caller gets, a hint at the fix, and whether to retry. */
import { TusError } from './errors.js'
import type { HttpResponse } from './http.js'
import { escapeControls } from './text.js'
import { publicUrl } from './url.js'

/** The start of an answer's body, on one line: enough to tell a proxy's HTML page from a tus answer. */
export function bodySnippet(response: HttpResponse): string {
  return escapeControls(response.body.trim().replace(/\s+/g, ' ').slice(0, 200))
}

export interface HintContext {
  caGiven: boolean
  clientCertGiven: boolean
  plainHttp: boolean
}

/** A request that got no answer: what happened, a hint at the fix, and whether a retry may help. */
export function networkFailure(what: string, error: unknown, context: HintContext): TusError {
  const code = (error as NodeJS.ErrnoException)?.code
  // Not instanceof Error: errors from another realm (a VM context) have a message too.
  const reason = typeof (error as Error)?.message === 'string' ? (error as Error).message : String(error)
  // OpenSSL's messages hold line breaks: a log line stays one line.
  const oneLine = reason.replace(/\s*\n\s*/g, ' ').trim()
  const hint = networkHint(code, oneLine, context)
  const retryable = hint.retryable && !NOT_TRANSIENT.has(code ?? '')
  return new TusError('NETWORK', `${what}: ${oneLine}${hint.text}`, { cause: error, retryable })
}

// Errors that the same request would meet again: not worth a retry.
const NOT_TRANSIENT = new Set([
  'ERR_INVALID_CHAR', 'ERR_INVALID_HTTP_TOKEN', 'ERR_HTTP_INVALID_HEADER_VALUE', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_INVALID_URL'
])

// TLS alerts a server sends when it wants a client certificate, or does not take the one sent.
const CLIENT_CERT_ALERT = /ALERT_(CERTIFICATE_REQUIRED|HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_UNKNOWN|CERTIFICATE_EXPIRED|CERTIFICATE_REVOKED|ACCESS_DENIED)/

function networkHint(code: string | undefined, message: string, context: HintContext): { text: string; retryable: boolean } {
  if (code !== undefined && CLIENT_CERT_ALERT.test(code)) {
    const text = context.clientCertGiven
      ? ' (the server did not take the client certificate given (tls.cert, --cert, cert-file): check that it is the one it expects, signed by a CA it trusts)'
      : ' (the server asks for a client certificate: give it with tls.cert and tls.key, --cert and --key, cert-file and key-file)'
    return { text, retryable: false }
  }
  if (code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) {
    const trust = context.caGiven ? 'the CA given (tls.ca, --ca, ca-file) did not sign it: check that file' : 'trust its CA (tls.ca, --ca, ca-file)'
    return { text: ` (the server certificate is not trusted: ${trust}, or skip verification (tls.insecure, --insecure, insecure-ssl))`, retryable: false }
  }
  // https:// to a plain-http port: the first answer is not a TLS record.
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || (code === 'EPROTO' && /wrong version number|packet length too long/.test(message))) {
    return { text: ' (the server does not speak TLS on that port: use http://, or the https port)', retryable: false }
  }
  // A server that does not take the client certificate may just close the connection (TLS 1.3).
  if (context.clientCertGiven && !context.plainHttp && code === 'ECONNRESET') {
    return { text: ' (a server that does not take the client certificate given (tls.cert, --cert, cert-file) closes the connection so: check that certificate)', retryable: true }
  }
  // http:// to a TLS port: the server drops what is not a TLS handshake.
  if (context.plainHttp && code === 'ECONNRESET' && message === 'socket hang up') {
    return { text: ' (the server closed the connection without an answer; if it speaks TLS on that port, use https://)', retryable: true }
  }
  switch (code) {
    case 'ECONNREFUSED':
      return { text: ' (nothing listens there: check the host and port, and that the server runs)', retryable: true }
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { text: ' (the host name does not resolve: check it)', retryable: true }
    default:
      return { text: '', retryable: true }
  }
}

/** Turns an unexpected status into a TusError; retryable where waiting may help. */
export function statusError(response: HttpResponse, expected: string): TusError {
  const { status } = response
  const retryable = (status >= 500 && status !== 501 && status !== 505) || status === 409 || status === 423 || status === 429
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after']) : undefined
  const snippet = bodySnippet(response)
  const hint = statusHint(response)
  return new TusError(
    'HTTP',
    `${methodLabel(response.method, response.methodOverridden)} ${publicUrl(response.url)} answered ${status}, expected ${expected}${hint}${snippet ? `: ${snippet}` : ''}`,
    { status, body: snippet, method: response.method, url: response.url, retryable, retryAfterMs }
  )
}

/** The method as messages name it: `PATCH (as POST)` when it went with X-HTTP-Method-Override. */
export function methodLabel(method: string, overridden = false): string {
  return overridden ? `${method} (as POST)` : method
}

function statusHint(response: HttpResponse): string {
  const refusable = response.method === 'PATCH' || response.method === 'DELETE'
  if (response.methodOverridden && response.status < 500 && ![401, 403, 409, 423, 429].includes(response.status)) {
    return ` (sent as POST with X-HTTP-Method-Override: ${response.method}: the server does not seem to honour the header, and may have taken it for another request; tusd honours it, @tus/server does not)`
  }
  switch (response.status) {
    case 401:
    case 403:
      if (response.credentialsWithheld) {
        return " (the custom headers were not sent: this is not the endpoint's origin; allow it with allowCrossOriginHeaders / --allow-cross-origin-headers / allow-cross-origin-headers)"
      }
      return refusable && !response.methodOverridden
        ? ` (check the credentials in the headers; or a proxy refuses ${response.method}: see methodOverride / --method-override / method-override)`
        : ' (check the credentials in the headers)'
    case 412:
      return ` (the server does not speak tus 1.0.0; it offers ${response.headers['tus-version'] ?? 'no version'})`
    case 413:
      return response.method === 'PATCH'
        ? ' (the request is larger than the server or a proxy in front of it accepts: send smaller ones with chunkSize / --chunk-size / chunk-size)'
        : ' (the upload is larger than the server accepts)'
    case 404:
      return response.method === 'POST' ? ' (check the creation URL: the server has no tus endpoint there)' : ''
    case 405:
      if (response.method === 'POST') return ' (check the creation URL: the server has no tus endpoint there)'
      return refusable
        ? ` (a proxy or firewall may refuse ${response.method}: send it as POST with methodOverride / --method-override / method-override, if the server honours X-HTTP-Method-Override as tusd does)`
        : ''
    default:
      return ''
  }
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
