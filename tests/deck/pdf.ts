export { type PdfContent, readPdf } from '../../scripts/pdf-check'

/** Lower-cased letters and digits only: compares rendered text with its markdown source. */
export function plain(text: string): string {
  return text.replace(/\[click(?::\d+)?\]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** Text without white space or apostrophes, case kept: PDF text extraction spaces out punctuation and maps curly quotes unevenly. */
export function squash(text: string): string {
  return text.replace(/[\s'’‘ʼ]+/g, '')
}
