/**
 * Text that came from elsewhere (a server's answer, a file name), made safe to print on one line:
 * control characters as \xNN (\n and \r as such), C1 controls and the bidirectional overrides and
 * isolates (which reorder what follows on screen) as \uNNNN. A terminal then runs no escape
 * sequence (a title, a colour, OSC 52 writing the clipboard) and a log gets no line the text made.
 */
export function escapeControls(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, c => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
    .replace(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
