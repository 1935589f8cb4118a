/**
 * Reads a PDF back (pdfjs) and checks what an export wrote: the page count it should have and
 * text on every page. Every export runs it on its own output and fails loudly when it does not
 * hold, so a blank or truncated PDF never leaves this machine. The tests read PDFs with it too.
 */
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface OutlineNode {
  title: string
  children: OutlineNode[]
}

export interface PdfContent {
  /** The text of each page, in order. */
  pages: string[]
  /** The titles in the PDF outline (bookmarks), depth-first. */
  outline: string[]
  /** The outline as a tree. */
  outlineTree: OutlineNode[]
  /** The addresses each page's links go to (external links only), in order. */
  links: string[][]
}

interface PdfjsOutlineItem { title: string, items: PdfjsOutlineItem[] }

export async function readPdf(file: string): Promise<PdfContent> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise
  const pages: string[] = []
  const links: string[][] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const content = await page.getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
    links.push((await page.getAnnotations()).filter(a => a.subtype === 'Link' && typeof a.url === 'string').map(a => a.url as string))
  }
  const tree = (items: PdfjsOutlineItem[] | null): OutlineNode[] =>
    (items ?? []).map(item => ({ title: item.title, children: tree(item.items) }))
  const outlineTree = tree(await doc.getOutline() as PdfjsOutlineItem[] | null)
  const outline: string[] = []
  const walk = (nodes: OutlineNode[]): void => nodes.forEach((node) => {
    outline.push(node.title)
    walk(node.children)
  })
  walk(outlineTree)
  await doc.destroy()
  return { pages, outline, outlineTree, links }
}

/** A page shorter than this (letters and digits) counts as blank: a slide number alone is not a page. */
export const MIN_PAGE_CHARS = 12

export class ExportCheckError extends Error {
  override name = 'ExportCheckError'
}

export interface PdfExpectation {
  /** How many pages the PDF must have. */
  pages: number
  /** What one page is, for the message ("slide", "click step", …). */
  unit: string
}

/** The problems with a PDF's content, as sentences; [] when it is whole. */
export function pdfProblems(content: Pick<PdfContent, 'pages'>, expected: PdfExpectation): string[] {
  const problems: string[] = []
  if (content.pages.length !== expected.pages)
    problems.push(`it has ${content.pages.length} pages, but there are ${expected.pages} (one per ${expected.unit})`)
  const blank = content.pages.flatMap((text, i) => text.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_PAGE_CHARS ? [i + 1] : [])
  if (blank.length > 0)
    problems.push(`${blank.length === content.pages.length ? 'every page is' : `page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} ${blank.length > 1 ? 'are' : 'is'}`} without text (printed before the slides had rendered?)`)
  return problems
}

/** Reads `file` and throws an ExportCheckError that says what is wrong unless it holds `expected`. */
export async function checkPdf(file: string, expected: PdfExpectation): Promise<PdfContent> {
  const content = await readPdf(file)
  const problems = pdfProblems(content, expected)
  if (problems.length > 0)
    throw new ExportCheckError(`${file} is not a usable export: ${problems.join('; ')}. Do not send it. Run the export again; if this repeats, look at the pages (pdftoppm -png -r 50 ${file} /tmp/page).`)
  return content
}
