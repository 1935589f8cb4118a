import type { PdfContent } from '../../scripts/pdf-check'
import { EXPORT_FILES } from '../../scripts/export-options'
import { readPdf } from '../../scripts/pdf-check'
import { requireExports } from './results'

/**
 * The study deck's final-state PDF as `npm run export` writes it (the script waits for every
 * slide and fails unless every page is there with text), exported once by global setup, read back.
 */
export async function finalPdf(): Promise<PdfContent> {
  requireExports('export-slides')
  return readPdf(EXPORT_FILES.pdf)
}
