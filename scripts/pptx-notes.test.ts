import { describe, expect, it } from 'vitest'
import { PPTX_NOTES_FIT, pptxNotes } from './export'

describe('the PPTX\'s notes: as the handout prints them, fitting PowerPoint\'s notes page', () => {
  it('plain text, click marks as the handout\'s "Step N", no references list', () => {
    const notes = pptxNotes('**Say this.**\n\nThis slide lists: 1. A.\n\n[click] **Then.** More.\n\nTime: 1 min.', 3, 'h.pdf')
    expect(notes).toBe('Say this.\n\nStep 1 Then. More.\n\nTime: 1 min.')
  })

  it('notes too long for the printed notes page open by pointing to the handout', () => {
    const long = `**Long.** ${'word '.repeat(PPTX_NOTES_FIT / 4)}`
    const notes = pptxNotes(long, 16, 'vms-and-containers-handout.pdf')
    expect(notes.split('\n')[0]).toMatch(/The handout, vms-and-containers-handout\.pdf, prints them in full under slide 16/)
    expect(notes).toContain('Long. word word')
    expect(pptxNotes('**Short.**', 2, 'h.pdf')).toBe('Short.')
  })
})
