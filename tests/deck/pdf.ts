import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfContent {
  /** The text of each page, in order. */
  pages: string[]
  /** The titles in the PDF outline (bookmarks), depth-first. */
  outline: string[]
}

export async function readPdf(file: string): Promise<PdfContent> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  const outline: string[] = []
  const walk = (items: { title: string, items: unknown[] }[] | null): void => {
    for (const item of items ?? []) {
      outline.push(item.title)
      walk(item.items as { title: string, items: unknown[] }[])
    }
  }
  walk(await doc.getOutline())
  await doc.destroy()
  return { pages, outline }
}

/** Lower-cased letters and digits only: compares rendered text with its markdown source. */
export function plain(text: string): string {
  return text.replace(/\[click(?::\d+)?\]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** Text without white space or apostrophes, case kept: PDF text extraction spaces out punctuation and maps curly quotes unevenly. */
export function squash(text: string): string {
  return text.replace(/[\s'’‘ʼ]+/g, '')
}
