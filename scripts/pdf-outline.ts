/**
 * What the exports add to Chromium's PDF with pdf-lib: an outline nested by section (one
 * section per file in pages/, runs of slides with one title, like the references, as one entry)
 * and the document's metadata (a one-line subject, comma-separated keywords, the language).
 */
import type { PDFDocument, PDFRef } from 'pdf-lib'
import { PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'

export interface OutlineItem {
  title: string
  /** 0-based page index. */
  page: number
  children: OutlineItem[]
}

export interface OutlineSlide {
  no: number
  title: string
  /** The file the slide comes from: slides of one file are a section. */
  file: string
  /** The section's name (`section:` on the `src:` import in slides.md), if it has one. */
  section?: string
}

/** A title without its "(2 of 6)" or "(continued)": the slides of one run share it. */
export function runTitle(title: string): string {
  return title.replace(/\s*\((?:\d+\s+of\s+\d+|cont(?:inued|'d|\.)?)\)\s*$/i, '').trim()
}

/**
 * The outline for the slides that were printed, `firstPage` giving each one's first page. A named
 * section is an entry with its slides as children; an unnamed one is its first slide, with the
 * others as children, and so is a section whose one entry has the section's own name.
 */
export function sectionOutline(slides: OutlineSlide[], firstPage: ReadonlyMap<number, number>): OutlineItem[] {
  const sections: { file: string, name?: string, entries: OutlineItem[] }[] = []
  for (const slide of slides) {
    const page = firstPage.get(slide.no)
    if (page === undefined)
      continue
    const title = runTitle(slide.title) || `Slide ${slide.no}`
    let section = sections.at(-1)
    if (section?.file !== slide.file) {
      section = { file: slide.file, entries: [] }
      sections.push(section)
    }
    section.name ??= slide.section?.trim() || undefined
    if (section.entries.at(-1)?.title !== title)
      section.entries.push({ title, page, children: [] })
  }
  return sections.map(({ name, entries: [head, ...rest] }) => {
    if (!name || (rest.length === 0 && head.title === name))
      return { ...head, children: rest }
    return { title: name, page: head.page, children: [head, ...rest] }
  })
}

/** Writes `items` as the PDF's outline (sections closed), and opens the PDF with it shown. */
export function addOutline(pdf: PDFDocument, items: OutlineItem[]): void {
  const context = pdf.context
  const pages = pdf.getPages()
  const write = (list: OutlineItem[], parent: PDFRef): { first: PDFRef, last: PDFRef } => {
    const refs = list.map(() => context.nextRef())
    list.forEach((item, i) => {
      const page = pages[item.page]
      if (!page)
        throw new Error(`outline entry "${item.title}" points at page ${item.page + 1}, but the PDF has ${pages.length} pages`)
      const dict = context.obj({})
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title))
      dict.set(PDFName.of('Parent'), parent)
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]))
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1])
      if (i < list.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1])
      if (item.children.length > 0) {
        const kids = write(item.children, refs[i])
        dict.set(PDFName.of('First'), kids.first)
        dict.set(PDFName.of('Last'), kids.last)
        dict.set(PDFName.of('Count'), PDFNumber.of(-item.children.length))
      }
      context.assign(refs[i], dict)
    })
    return { first: refs[0], last: refs.at(-1)! }
  }
  if (items.length === 0)
    return
  const root = context.nextRef()
  const top = write(items, root)
  context.assign(root, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: items.length }))
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export interface PdfMetadata {
  title: string
  /** One line: line breaks are folded into spaces. */
  subject: string
  keywords: string[]
  author: string
  /** BCP 47, e.g. "en". */
  lang: string
  /** The program that made it; the slide exports' by default. */
  creator?: string
  /** Where the deck lives (DECK_URL): the subject ends "Online: <url>", and the PDF's base URI is set to it. */
  url?: string | null
}

/** The subject as written to the PDF: one line, ending with the deck's address when there is one. */
export function subjectLine(meta: Pick<PdfMetadata, 'subject' | 'url'>): string {
  const subject = meta.subject.replace(/\s+/g, ' ').trim()
  return meta.url ? `${subject} Online: ${meta.url}` : subject
}

export function setMetadata(pdf: PDFDocument, meta: PdfMetadata): void {
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  pdf.setSubject(subjectLine(meta))
  // pdf-lib joins an array with spaces; one comma-separated string keeps "virtual machines" one keyword.
  pdf.setKeywords([meta.keywords.map(k => k.trim()).filter(Boolean).join(', ')])
  pdf.setAuthor(meta.author)
  pdf.setCreator(meta.creator ?? 'VMs and Containers deck (scripts/export.ts, Slidev and Chromium)')
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang))
  if (meta.url)
    pdf.catalog.set(PDFName.of('URI'), pdf.context.obj({ Base: PDFString.of(meta.url) }))
}
