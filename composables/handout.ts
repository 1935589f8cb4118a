/**
 * Pure helpers for the handout page (components/HandoutPage.vue, route /handout): the slides
 * grouped by section, the notes made readable on paper, and the print CSS that gives every page
 * the footer "slide N · title · page X of Y". Tested in handout.test.ts.
 */

export interface HandoutSlide {
  /** 1-based slide number, as in the URL /N. */
  no: number
  title: string
  /** The `section:` frontmatter, set on each `src:` import in slides.md (it reaches every slide of that file). */
  section?: string
  /** The notes as Slidev renders them (markdown to HTML, `[click]` as marker spans). */
  noteHtml: string
}

export interface HandoutSection {
  /** undefined for slides before the first section (the cover). */
  title: string | undefined
  slides: HandoutSlide[]
}

/** Consecutive slides of one section, in order. A slide without a section stays in the section before it. */
export function groupSections(slides: HandoutSlide[]): HandoutSection[] {
  const sections: HandoutSection[] = []
  for (const slide of slides) {
    const last = sections.at(-1)
    if (last && (!slide.section || slide.section === last.title))
      last.slides.push(slide)
    else
      sections.push({ title: slide.section, slides: [slide] })
  }
  return sections
}

/** The lists the handout prints as compact two-column text, not as slide pictures: runs of slides titled so. */
export const LIST_KINDS = { 'References': 'references', 'Self-check answers': 'answers', 'Glossary': 'glossary' } as const
export type ListKind = typeof LIST_KINDS[keyof typeof LIST_KINDS]

/** The how-to slide's title: the handout prints it after the teaching slides, not second. */
export const HOW_TO_TITLE = 'How to use this deck'

/** A title without its "(2 of 10)": the slides of a run share it. */
export function runTitleOf(title: string): string {
  return title.replace(/\s*\((?:\d+\s+of\s+\d+|cont(?:inued|'d|\.)?)\)\s*$/i, '').trim()
}

/** The list a slide belongs to (by its title), or null for a slide printed as a picture. */
export function listKind(title: string): ListKind | null {
  return (LIST_KINDS as Record<string, ListKind>)[runTitleOf(title)] ?? null
}

/** What the handout prints for one page-starting unit: a slide above its notes, or a run of list slides as one list. */
export type HandoutBlock<S extends HandoutSlide = HandoutSlide>
  = | { kind: 'slide', slides: [S] }
    | { kind: 'list', list: ListKind, title: string, slides: S[] }

/** A section's slides as blocks: consecutive slides of one list make one block. */
export function blocksOf<S extends HandoutSlide>(slides: S[]): HandoutBlock<S>[] {
  const blocks: HandoutBlock<S>[] = []
  for (const slide of slides) {
    const list = listKind(slide.title)
    const last = blocks.at(-1)
    if (list && last?.kind === 'list' && last.list === list)
      last.slides.push(slide)
    else if (list)
      blocks.push({ kind: 'list', list, title: runTitleOf(slide.title), slides: [slide] })
    else
      blocks.push({ kind: 'slide', slides: [slide] })
  }
  return blocks
}

/** The handout's order: the how-to slide after the teaching slides (before the lists), so a reader starts on the content. */
export function handoutOrder<S extends Pick<HandoutSlide, 'title'>>(slides: S[]): S[] {
  const howTo = slides.filter(s => s.title === HOW_TO_TITLE)
  if (howTo.length === 0 || slides.indexOf(howTo[0]) > 1)
    return slides
  const rest = slides.filter(s => s.title !== HOW_TO_TITLE)
  const firstList = rest.findIndex(s => listKind(s.title) !== null)
  const at = firstList === -1 ? rest.length : firstList
  return [...rest.slice(0, at), ...howTo, ...rest.slice(at)]
}

/** "slide 6" or "slides 6–10": where a section stands in the deck. */
export function slideSpan(slides: Pick<HandoutSlide, 'no'>[]): string {
  const first = slides[0].no
  const last = slides.at(-1)!.no
  return first === last ? `slide ${first}` : `slides ${first}–${last}`
}

/** How a click marker reads on paper: a step of the slide, not something to click. */
export function stepLabel(n: number): string {
  return `Step ${n}`
}

/** The opening of the paragraph on a references slide that lists what the slide shows: the slide above it is that list. */
export const LISTS_LEAD = 'This slide lists: '

const CLICK_MARK = /<span class="slidev-note-click-mark" data-clicks="(\d+)"><\/span>/g
const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const LISTS_HTML = new RegExp(`<p>${escapeRe(LISTS_LEAD)}.*?</p>\\n?`, 's')
const LISTS_TEXT = new RegExp(`^${escapeRe(LISTS_LEAD)}.*(?:\\n\\n|\\n|$)`, 'm')

/**
 * The notes as the handout prints them: click markers (empty spans in presenter mode) become a
 * visible "Step N"; a references slide's list of what it shows is left out.
 */
export function readableNotes(noteHtml: string): string {
  return noteHtml.replace(LISTS_HTML, '').replace(CLICK_MARK, (_, n: string) => `<span class="handout-click">${stepLabel(Number(n))}</span>`)
}

/** The same transformation on the notes as written: `[click]` (or `[click:2]`) becomes "Step N". */
export function readableNotesText(note: string): string {
  let count = 0
  const text = note.replace(LISTS_TEXT, '')
  return text.replace(/\[click(?::(\d+))?\]/gi, (_, n?: string) => stepLabel(count += Number(n ?? 1)))
}

/** The left part of a page's footer; the page's number and count follow it. A list's run names its slides and the list. */
export function footerLabel(slide: Pick<HandoutSlide, 'no' | 'title'>, last?: Pick<HandoutSlide, 'no'>, handout?: string): string {
  const where = last && last.no !== slide.no ? `slides ${slide.no}–${last.no} · ${runTitleOf(slide.title)}` : `slide ${slide.no} · ${slide.title}`
  return handout ? `${handout} · ${where}` : where
}

/** The CSS named page a slide and its notes print on (one per slide, so each page knows its slide). */
export function pageName(no: number): string {
  return `handout-slide-${no}`
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\A ')}"`
}

/**
 * One @page rule per block (a slide, or a run of list slides): A4 portrait, 16 mm margins (18 mm
 * at the foot, where the footer sits), and a footer naming the slide (and the preset's handout),
 * then "page X of Y" counted by Chromium. Each block starts a page, so every page's footer names
 * the slide it shows or continues.
 */
export function pageRules(blocks: { slides: Pick<HandoutSlide, 'no' | 'title'>[] }[], handout?: string): string {
  const rules = blocks.map(({ slides: [slide, ...rest] }) => `@page ${pageName(slide.no)} {
  @bottom-center { content: ${cssString(`${footerLabel(slide, rest.at(-1), handout)} · page `)} counter(page) " of " counter(pages); }
}`)
  return [
    `@page {
  size: A4 portrait !important;
  margin: 16mm 16mm 18mm !important;
  @bottom-center { font-size: 8.5pt; color: #444; vertical-align: middle; }
}`,
    ...rules,
  ].join('\n')
}

/** A4's text box at 16 mm margins (18 mm at the foot), in CSS px (96 to the inch): where a handout page's content goes. */
export const PRINT_BOX_PX = { width: Math.round(178 / 25.4 * 96), height: Math.floor(263 / 25.4 * 96) }

/**
 * How wide a slide's picture prints (a share of the text width) so that its slide and notes fit on
 * one page instead of spilling a few lines onto the next: 1 when they fit already, or when the
 * picture would have to shrink below `min` (the notes then run on to the next page as usual).
 */
export function fitWidth(blockPx: number, framePx: number, pagePx: number = PRINT_BOX_PX.height, min = 0.62): number {
  if (blockPx <= pagePx)
    return 1
  const scale = Math.floor((1 - (blockPx - pagePx + 12) / framePx) * 100) / 100
  return scale >= min ? scale : 1
}

/**
 * The notes of a run of list slides, each slide's without the paragraphs an earlier slide of the
 * run already printed (the references' notes repeat what each entry holds, and "Time: 0 min.").
 */
export function runNotes(noteHtmls: string[]): string[] {
  const seen = new Set<string>()
  return noteHtmls.map((html) => {
    const parts = html.match(/<([a-z][\w-]*)(?:\s[^>]*)?>[\s\S]*?<\/\1>\s*/gi) ?? []
    // Only notes made of whole top-level blocks are thinned; anything else prints as it is.
    return parts.join('') === html ? parts : [html]
  }).map(parts => parts.filter((block) => {
    const key = block.trim()
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  }).join(''))
}
