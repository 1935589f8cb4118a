import { describe, expect, it } from 'vitest'
import { exportHandout, handoutFile, handoutMetadata } from './handout'

describe('npm run export:handout', () => {
  it('writes the study deck\'s handout, or another entry\'s under its name', () => {
    expect(handoutFile()).toBe('exports/vms-and-containers-handout.pdf')
    expect(handoutFile('talk.md')).toBe('exports/vms-and-containers-talk-handout.pdf')
  })

  it('stops with a clear message when the entry does not exist', async () => {
    await expect(exportHandout('no-such-deck.md', '/bin/false')).rejects.toThrow(/No deck entry "no-such-deck.md".*export:handout -- talk.md/)
  })

  it('names the PDF as the entry\'s handout: title, subject, keywords and author from its headmatter', () => {
    const meta = handoutMetadata({ title: 'VMs and Containers', info: '\nWhy we isolate.\nMore.', author: 'The deck contributors', keywords: 'virtual machines, containers', htmlAttrs: { lang: 'en' } })
    expect(meta).toMatchObject({
      title: 'VMs and Containers: handout',
      subject: 'Handout: each slide above its notes. Why we isolate.',
      keywords: ['virtual machines', ' containers', 'handout'],
      author: 'The deck contributors',
      lang: 'en',
    })
    expect(handoutMetadata({ title: 'T' }).author, 'an author even when the entry names none').not.toBe('')
    expect(handoutMetadata({ title: 'T', info: 'The talk: why we\n  isolate. More.' }).subject, 'a sentence that wraps in the headmatter').toBe('Handout: each slide above its notes. The talk: why we isolate.')
    expect(handoutMetadata({ title: 'T' }).subject).toBe('Handout: each slide above its notes. T')
  })
})
