import { describe, expect, it } from 'vitest'
import { blocksOf, cssString, fitWidth, footerLabel, groupSections, handoutOrder, HOW_TO_TITLE, listKind, pageName, pageRules, readableNotes, readableNotesText, runNotes, slideSpan } from './handout'

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

describe('blocks: the lists as one run each, the how-to page after the teaching slides', () => {
  const slide = (no: number, title: string): { no: number, title: string, noteHtml: string } => ({ no, title, noteHtml: '' })
  it('prints consecutive references, answers and glossary slides as one list each', () => {
    const blocks = blocksOf([slide(46, 'One idea'), slide(47, 'References (1 of 2)'), slide(48, 'References (2 of 2)'), slide(49, 'Self-check answers (1 of 1)'), slide(50, 'Glossary (1 of 2)'), slide(51, 'Glossary (2 of 2)')])
    expect(blocks.map(b => [b.kind, b.kind === 'list' ? b.list : '', b.slides.map(s => s.no)])).toEqual([
      ['slide', '', [46]],
      ['list', 'references', [47, 48]],
      ['list', 'answers', [49]],
      ['list', 'glossary', [50, 51]],
    ])
    expect(listKind('References')).toBe('references')
    expect(listKind('Recap')).toBeNull()
  })
  it('moves the how-to slide from second place to after the teaching slides, before the lists', () => {
    const order = handoutOrder([slide(1, 'Cover'), slide(2, HOW_TO_TITLE), slide(3, 'Problem'), slide(4, 'Recap'), slide(5, 'References (1 of 1)')])
    expect(order.map(s => s.no)).toEqual([1, 3, 4, 2, 5])
    expect(handoutOrder([slide(1, 'Cover'), slide(3, 'Problem')]).map(s => s.no)).toEqual([1, 3])
  })
})

describe('fitting a slide and its notes on one page', () => {
  it('shrinks the picture just enough when the notes spill a little, never below the minimum', () => {
    expect(fitWidth(900, 380, 994)).toBe(1)
    const scale = fitWidth(1100, 380, 994)
    expect(scale).toBeLessThan(1)
    expect(1100 - 380 * (1 - scale)).toBeLessThanOrEqual(994)
    expect(fitWidth(1400, 380, 994), 'too much to fit: the notes run on').toBe(1)
  })
})

describe('a list\'s run prints a paragraph its slides repeat once', () => {
  it('drops paragraphs printed earlier in the run, keeps the rest in order', () => {
    expect(runNotes(['<p>A</p>\n<p>Same.</p>\n<p>Time: 0 min.</p>\n', '<p>B</p>\n<p>Same.</p>\n<ul>\n<li>x</li>\n</ul>\n<p>Time: 0 min.</p>\n'])).toEqual([
      '<p>A</p>\n<p>Same.</p>\n<p>Time: 0 min.</p>\n',
      '<p>B</p>\n<ul>\n<li>x</li>\n</ul>\n',
    ])
    expect(runNotes(['<p>Same.</p>\n', 'loose text <p>Same.</p>\n']), 'notes it cannot split print whole').toEqual(['<p>Same.</p>\n', 'loose text <p>Same.</p>\n'])
  })
})

describe('footers and page rules', () => {
  it('names the slide, and gives each slide its own named page with the page count', () => {
    expect(footerLabel({ no: 7, title: 'Recap' })).toBe('slide 7 · Recap')
    const css = pageRules([{ slides: [{ no: 7, title: 'Say "hi" \\ bye' }] }])
    expect(css).toContain(`@page ${pageName(7)} {`)
    expect(css).toContain('content: "slide 7 · Say \\"hi\\" \\\\ bye · page " counter(page) " of " counter(pages);')
    expect(css).toMatch(/size: A4 portrait/)
  })
  it('a run of list slides is one page rule naming all of them; a preset\'s handout names itself on every page', () => {
    expect(footerLabel({ no: 60, title: 'Glossary (1 of 5)' }, { no: 64 })).toBe('slides 60–64 · Glossary')
    expect(footerLabel({ no: 7, title: 'Recap' }, undefined, 'class handout')).toBe('class handout · slide 7 · Recap')
    const css = pageRules([{ slides: [{ no: 60, title: 'Glossary (1 of 5)' }, { no: 64, title: 'Glossary (5 of 5)' }] }], 'meetup handout')
    expect(css).toContain('content: "meetup handout · slides 60–64 · Glossary · page " counter(page)')
    expect(css).not.toContain(pageName(64))
  })
  it('escapes CSS strings', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\A d"')
  })
  it('says which slides a section spans', () => {
    expect(slideSpan([{ no: 6 }])).toBe('slide 6')
    expect(slideSpan([{ no: 6 }, { no: 10 }])).toBe('slides 6–10')
  })
})
