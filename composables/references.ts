/**
 * The references slides, from data/sources.ts: one numbered list split over as many slides as it
 * needs, the address shown for each source, and each slide's notes, naming exactly the sources it
 * shows. `npm run refs` writes pages/11-references.md from `referencesMarkdown()`; a unit test
 * (tests/unit/references.test.ts) fails when that file and the data disagree.
 */
import type { Source, SourceId } from '../data/sources'
import { sources } from '../data/sources'

export interface Reference {
  /** Its number in the deck's one list, from 1. */
  no: number
  id: SourceId
  source: Source
}

/**
 * How much fits on one slide, in estimated text lines at 16px: two columns, each about
 * `columnChars` characters wide and `columnLines` lines tall on the 980×552 canvas under a title.
 * Estimates err on the generous side (CSS columns do not pack perfectly); the deck test checks
 * that nothing overflows, and the screenshots show it.
 */
export const referenceFit = { columnChars: 46.5, columnLines: 17.8, columns: 2, gapLines: 0.4 }

/** A source's number in the deck's one list (as the references slides number it), for citing it as [n]. */
export function sourceNumber(id: SourceId, all: Record<string, Source> = sources): number {
  const no = Object.keys(all).indexOf(id) + 1
  if (no === 0)
    throw new Error(`references: no source "${id}" in data/sources.ts; add it there or use a known id.`)
  return no
}

/** One source as a slide cites it: its number in the references, where to follow it, and who and what it is. */
export interface Citation {
  no: number
  id: SourceId
  url: string
  /** Who and what, for the link's title and its accessible name. */
  label: string
}

/**
 * The citations for `ids` (ids from data/sources.ts, as an array or one string split on spaces or
 * commas), in reference-list order, each once. Throws, naming the fix, on none or an unknown id.
 */
export function citations(ids: string | readonly string[], all: Record<string, Source> = sources): Citation[] {
  const list = (typeof ids === 'string' ? ids.split(/[\s,]+/) : [...ids]).filter(id => id.length > 0)
  if (list.length === 0)
    throw new Error('Cite: give at least one source id from data/sources.ts, e.g. <Cite id="xen-paper" />.')
  const unknown = list.filter(id => !Object.hasOwn(all, id))
  if (unknown.length > 0)
    throw new Error(`Cite: no source ${unknown.map(id => `"${id}"`).join(', ')} in data/sources.ts; add it there (then run \`npm run refs\`) or use a known id.`)
  return [...new Set(list)]
    .map(id => ({ no: sourceNumber(id as SourceId, all), id: id as SourceId, url: all[id].url, label: `${all[id].by}, “${all[id].title}”` }))
    .sort((a, b) => a.no - b.no)
}

/** How a citation reads in text: "[12]" or "[3, 12]". */
export function citationText(list: readonly Citation[]): string {
  return `[${list.map(c => c.no).join(', ')}]`
}

/** The address as printed: a DOI as doi:…, otherwise without https:// and www. */
export function displayUrl(url: string): string {
  const doi = url.match(/^https:\/\/doi\.org\/(10\..+)$/)
  if (doi)
    return `doi:${doi[1]}`
  return url.replace(/^https:\/\//, '').replace(/^www\./, '')
}

/** `where`, unless the printed address already says it (e.g. 'docs.docker.com'): then ''. */
export function shownWhere(source: Source): string {
  return displayUrl(source.url).startsWith(source.where.replace(/^www\./, '')) ? '' : source.where
}

/** What follows the title on the slide, up to the address: '. Where. ', or '. ' when the address says where. */
export function afterTitle(source: Source): string {
  const where = shownWhere(source)
  const stop = /[.?!]$/.test(source.title) ? '' : '.'
  return where ? `${stop} ${where}. ` : `${stop} `
}

/** The estimated height of one entry, in lines: the citation and its address, and the gap below. */
export function referenceLines(source: Source, fit = referenceFit): number {
  const text = `${source.by}, ${source.title}${afterTitle(source)}${displayUrl(source.url)}`
  // The address follows on the same line and may wrap anywhere; word-wrapped lines waste a little.
  return Math.ceil(text.length * 1.06 / fit.columnChars) + fit.gapLines
}

/**
 * Every source, numbered in file order and split into as few slides as fit, filled evenly: the
 * fewest pages at full capacity, then the smallest capacity that still needs no more pages.
 */
export function referencePages(all: Record<string, Source> = sources, fit = referenceFit): Reference[][] {
  const full = fillPages(all, fit, fit.columnLines * fit.columns)
  let best = full
  for (let capacity = fit.columnLines * fit.columns - 0.5; capacity > 0; capacity -= 0.5) {
    const pages = fillPages(all, fit, capacity)
    if (pages.length > full.length)
      break
    best = pages
  }
  return best
}

/** Fills slides in order, each up to `capacity` estimated lines. */
function fillPages(all: Record<string, Source>, fit: typeof referenceFit, capacity: number): Reference[][] {
  const pages: Reference[][] = []
  let page: Reference[] = []
  let used = 0
  Object.entries(all).forEach(([id, source], i) => {
    const lines = referenceLines(source, fit)
    if (lines > fit.columnLines / 2)
      throw new Error(`references: source "${id}" needs about ${Math.ceil(lines)} lines, more than half a column (${fit.columnLines / 2}); shorten its title or where.`)
    if (page.length > 0 && used + lines > capacity) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push({ no: i + 1, id: id as SourceId, source })
    used += lines
  })
  if (page.length > 0)
    pages.push(page)
  return pages
}

/** A source as the notes name it: number, who, and the title in quotes. */
function named(ref: Reference): string {
  return `${ref.no}. ${ref.source.by}, “${ref.source.title}”`
}

/** The speaker notes of references slide `page` (1-based) of `pages`. */
export function referenceNotes(pages: Reference[][], page: number): string {
  const shown = pages[page - 1]
  if (!shown)
    throw new Error(`references: there is no page ${page}; the references have ${pages.length} pages.`)
  const first = shown[0].no
  const last = shown.at(-1)!.no
  const lines = [
    `**References, part ${page} of ${pages.length}: sources ${first} to ${last} of the deck's one numbered list.**`,
    '',
    'Each entry names who wrote or published the source, its title (a link, on screen and in the PDF), where and when it appeared, and its address, printed so that a reader with only paper can follow it. The notes of each slide end with the sources of the numbers and dates they use.',
    '',
    `This slide lists: ${shown.map(named).join('; ')}.`,
  ]
  if (page === 1) {
    lines.push('', 'Cue: in a talk, give these slides 0 minutes: they are for reading afterwards, and for checking any claim.')
    lines.push('', 'Each fact was checked against a primary source wherever one could be reached: a paper, a man page, official documentation, a project\'s own history. Where a date could be confirmed only to the month or the year, the deck gives it to that precision. Vendor benchmarks are single measurements on their authors\' hardware and are presented as such.')
  }
  if (page === pages.length)
    lines.push('', 'If a fact here looks wrong or out of date, data/sources.ts and the other files in data/ are the one place to fix it; every slide that uses the fact, and these references, change with it.')
  lines.push('', 'Time: 0 min.')
  return lines.join('\n')
}

/** The whole of pages/11-references.md. */
export function referencesMarkdown(pages: Reference[][] = referencePages()): string {
  const slides = pages.map((_, i) => {
    const page = i + 1
    const notes = referenceNotes(pages, page)
    if (notes.includes('--'))
      throw new Error(`references: the notes of page ${page} contain "--", which would end the HTML comment; reword the source's title.`)
    return `# References (${page} of ${pages.length})\n\n<SourceList :page="${page}" />\n\n<!--\n${notes}\n-->\n`
  })
  return `${slides.join('\n---\n\n')}`
}
