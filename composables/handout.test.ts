import { describe, expect, it } from 'vitest'
import { cssString, footerLabel, groupSections, pageName, pageRules, readableNotes, readableNotesText, slideSpan } from './handout'

const slide = (no: number, section?: string) => ({ no, title: `Title ${no}`, section, noteHtml: '' })

describe('groupSections', () => {
  it('groups consecutive slides by section; the cover before any section stands alone', () => {
    const groups = groupSections([slide(1), slide(2, 'A'), slide(3, 'A'), slide(4, 'B')])
    expect(groups.map(g => [g.title, g.slides.map(s => s.no)])).toEqual([[undefined, [1]], ['A', [2, 3]], ['B', [4]]])
  })
  it('keeps a slide without a section in the section before it', () => {
    expect(groupSections([slide(1, 'A'), slide(2)]).map(g => g.slides.length)).toEqual([2])
  })
  it('starts a new group when a section comes back after another', () => {
    expect(groupSections([slide(1, 'A'), slide(2, 'B'), slide(3, 'A')]).map(g => g.title)).toEqual(['A', 'B', 'A'])
  })
})

describe('readable notes', () => {
  it('turns Slidev\'s click markers into a visible "Step N" (on paper there is nothing to click)', () => {
    const html = '<p>Intro</p>\n<p><span class="slidev-note-click-mark" data-clicks="1"></span> <strong>Next</strong></p>'
    expect(readableNotes(html)).toBe('<p>Intro</p>\n<p><span class="handout-click">Step 1</span> <strong>Next</strong></p>')
  })
  it('numbers [click] and [click:2] in the written notes the way Slidev counts them', () => {
    expect(readableNotesText('a [click] b [click:2] c [click] d')).toBe('a Step 1 b Step 3 c Step 4 d')
  })
})

describe('a references slide, on paper', () => {
  it('drops the notes\' list of what the slide shows: the slide above it is that list', () => {
    const rendered = '<p><strong>References, part 2.</strong></p>\n<p>Each entry names who.</p>\n<p>This slide lists: 9. A, “B”; 10. C, “D”.</p>\n<p>Time: 0 min.</p>\n'
    expect(readableNotes(rendered)).toBe('<p><strong>References, part 2.</strong></p>\n<p>Each entry names who.</p>\n<p>Time: 0 min.</p>\n')
    expect(readableNotesText('**References, part 2.**\n\nEach entry names who.\n\nThis slide lists: 9. A, “B”.\n\nTime: 0 min.')).toBe('**References, part 2.**\n\nEach entry names who.\n\nTime: 0 min.')
  })
})

describe('footers and page rules', () => {
  it('names the slide, and gives each slide its own named page with the page count', () => {
    expect(footerLabel({ no: 7, title: 'Recap' })).toBe('slide 7 · Recap')
    const css = pageRules([{ no: 7, title: 'Say "hi" \\ bye' }])
    expect(css).toContain(`@page ${pageName(7)} {`)
    expect(css).toContain('content: "slide 7 · Say \\"hi\\" \\\\ bye · page " counter(page) " of " counter(pages);')
    expect(css).toMatch(/size: A4 portrait/)
  })
  it('escapes CSS strings', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\A d"')
  })
  it('says which slides a section spans', () => {
    expect(slideSpan([{ no: 6 }])).toBe('slide 6')
    expect(slideSpan([{ no: 6 }, { no: 10 }])).toBe('slides 6–10')
  })
})
