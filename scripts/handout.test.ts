import { describe, expect, it } from 'vitest'
import { exportHandout, handoutFile } from './handout'

describe('npm run export:handout', () => {
  it('writes the study deck\'s handout, or another entry\'s under its name', () => {
    expect(handoutFile()).toBe('exports/vms-and-containers-handout.pdf')
    expect(handoutFile('talk.md')).toBe('exports/vms-and-containers-talk-handout.pdf')
  })

  it('stops with a clear message when the entry does not exist', async () => {
    await expect(exportHandout('no-such-deck.md', '/bin/false')).rejects.toThrow(/No deck entry "no-such-deck.md".*export:handout -- talk.md/)
  })
})
