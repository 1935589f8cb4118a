import { describe, expect, it } from 'vitest'
import { loadDeck } from './deck-structure'
import { EXPORT_FILES, exportPath, isHowToOrReference, parseArgs, toRange } from './export-options'
import { runTitle, sectionOutline } from './pdf-outline'

describe('export options', () => {
  it('names each export after the entry', () => {
    expect(EXPORT_FILES.pdf).toBe('exports/vms-and-containers.pdf')
    expect(exportPath('clicks', 'talk.md')).toBe('exports/vms-and-containers-talk-clicks.pdf')
    expect(exportPath('pptx')).toBe('exports/vms-and-containers.pptx')
  })

  it('reads the command line, and says what is wrong with a bad one', () => {
    expect(parseArgs(['pdf', 'talk.md', '--dark', '--range', '2-5'])).toEqual({ kinds: ['pdf'], options: { entry: 'talk.md', dark: true, range: '2-5' } })
    expect(parseArgs(['pdf,clicks,pptx', '--force'])).toEqual({ kinds: ['pdf', 'clicks', 'pptx'], options: { force: true } })
    expect(() => parseArgs(['png'])).toThrow(/Unknown export "png".*Usage/)
    expect(() => parseArgs(['pdf,png'])).toThrow(/Unknown export "png"/)
    expect(() => parseArgs(['pdf,print', '--range', '3'])).toThrow(/computes its own range/)
    expect(() => parseArgs(['pdf', '--colour'])).toThrow(/Unknown option "--colour"/)
    expect(() => parseArgs(['print', '--range', '3'])).toThrow(/computes its own range/)
  })

  it('writes slide lists as Slidev ranges', () => {
    expect(toRange([1, 3, 4, 5, 9])).toBe('1,3-5,9')
    expect(toRange([7])).toBe('7')
  })

  it('the print range leaves out exactly the how-to page and the references', async () => {
    const deck = await loadDeck()
    const left = deck.slides.filter(isHowToOrReference)
    expect(left.filter(s => s.file.includes('how-to')).length).toBeGreaterThan(0)
    expect(left.filter(s => s.title.startsWith('References')).length).toBeGreaterThan(0)
    expect(left.every(s => s.file.includes('how-to') || s.title.startsWith('References')), left.map(s => s.title).join(', ')).toBe(true)
    expect(deck.slides.filter(s => s.title.startsWith('References')).every(isHowToOrReference)).toBe(true)
  })
})

describe('the PDF outline', () => {
  const slides = [
    { no: 1, title: 'Cover', file: 'slides.md' },
    { no: 2, title: 'VMs', file: 'pages/02.md' },
    { no: 3, title: 'Type 1', file: 'pages/02.md' },
    { no: 4, title: 'Recap', file: 'pages/10.md' },
    { no: 5, title: 'References (1 of 2)', file: 'pages/10.md' },
    { no: 6, title: 'References (2 of 2)', file: 'pages/10.md' },
  ]

  it('nests slides under their section (file) and makes a run of references one entry', () => {
    const outline = sectionOutline(slides, new Map(slides.map(s => [s.no, s.no - 1])))
    expect(outline).toEqual([
      { title: 'Cover', page: 0, children: [] },
      { title: 'VMs', page: 1, children: [{ title: 'Type 1', page: 2, children: [] }] },
      { title: 'Recap', page: 3, children: [{ title: 'References', page: 4, children: [] }] },
    ])
    expect(runTitle('Notes (continued)')).toBe('Notes')
  })

  it('makes a named section with one entry of its own name a single entry, not a parent of itself', () => {
    const refs = slides.map(s => s.file === 'pages/10.md' && s.no > 4 ? { ...s, file: 'pages/11.md', section: 'References' } : s)
    expect(sectionOutline(refs, new Map(slides.map(s => [s.no, s.no - 1]))).at(-1)).toEqual({ title: 'References', page: 4, children: [] })
  })

  it('names a section after its section: frontmatter, with all its slides as children', () => {
    const named = slides.map(s => s.file === 'pages/02.md' ? { ...s, section: 'Virtual machines' } : s)
    expect(sectionOutline(named, new Map(slides.map(s => [s.no, s.no - 1])))[1]).toEqual({
      title: 'Virtual machines',
      page: 1,
      children: [{ title: 'VMs', page: 1, children: [] }, { title: 'Type 1', page: 2, children: [] }],
    })
  })

  it('lists only the slides that were printed, at their first page', () => {
    const outline = sectionOutline(slides, new Map([[3, 0], [4, 3]]))
    expect(outline.map(o => [o.title, o.page])).toEqual([['Type 1', 0], ['Recap', 3]])
  })
})
