import { TusError } from '../tus/errors.js'
import { parseHttpUrl } from '../tus/url.js'
import { UsageError } from './errors.js'

/** A URL the user gave, checked as the library will check it: the text, or a UsageError naming `what`. */
export function readHttpUrl(text: string, what: string): string {
  try {
    parseHttpUrl(text, what)
  } catch (error) {
    throw error instanceof TusError ? new UsageError(error.message) : error
  }
  return text
}
