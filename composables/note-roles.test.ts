import { describe, expect, it } from 'vitest'
import { audienceOf, noteParts, notesFor, paragraphs, spokenWords } from './note-roles'

const NOTE = `**"Everything shares everything. What could go wrong?"**

Talk: Four programs, one machine. Each can hurt the others.

Cue: take two or three answers from the room.

Answers people give: the batch job eats all the memory.

Sources: cgroups(7).

[click] **"Four goals."** Each click reveals one goal.

[click] **"Keep it separate."**

Talk: Its files are its own.

\`\`\`sh
uname -r

6.1.0
\`\`\`

Clock: at 3 min.

Cut: if late, skip this click.

Time: 1.5 min.`

describe('note roles', () => {
  it('gives the talk the say-lines, the Talk text without its label, cues, clock, cuts and minutes', () => {
    expect(notesFor(NOTE, 'talk')).toBe(`**"Everything shares everything. What could go wrong?"**

Four programs, one machine. Each can hurt the others.

Cue: take two or three answers from the room.

[click] **"Four goals."**

[click] **"Keep it separate."**

Its files are its own.

Clock: at 3 min.

Cut: if late, skip this click.

Time: 1.5 min.`)
  })

  it('gives the study deck the say-lines, the explanation and its sources: no cue, no minutes', () => {
    const study = notesFor(NOTE, 'study')
    expect(study).toBe(`**"Everything shares everything. What could go wrong?"**

Answers people give: the batch job eats all the memory.

Sources: cgroups(7).

[click] **"Four goals."**

Each click reveals one goal.

[click] **"Keep it separate."**

\`\`\`sh
uname -r

6.1.0
\`\`\``)
    expect(study).not.toMatch(/the room|Time:|Clock:|Cut:|Talk:/)
  })

  it('keeps every click mark, even where a segment has nothing for the audience', () => {
    const note = 'Cue: hands up.\n\n[click]\n\nCue: pause.\n\n[click:2] **"Two at once."**'
    expect(notesFor(note, 'study')).toBe('[click]\n\n[click:2] **"Two at once."**')
    expect(notesFor(note, 'talk').match(/\[click(?::\d+)?\]/g)).toEqual(['[click]', '[click:2]'])
  })

  it('shows a talk segment without a Talk paragraph as its say-line alone (the explanation is never read out by accident)', () => {
    expect(notesFor('**"Say this."**\n\nA long explanation for a learner.', 'talk')).toBe('**"Say this."**')
  })

  it('takes a bold paragraph after the say-line as a second line to say', () => {
    const parts = noteParts('**"One."**\n\nWhy.\n\n**"Two."**')[0]
    expect(parts.map(p => p.role)).toEqual(['say', 'explain', 'say'])
  })

  it('splits paragraphs at blank lines, never inside a code fence', () => {
    expect(paragraphs('a\nb\n\n```\nx\n\ny\n```\n\nc')).toEqual(['a\nb', '```\nx\n\ny\n```', 'c'])
  })

  it('counts the spoken words of the talk\'s notes: say-lines and Talk text, not cues, clock or minutes', () => {
    expect(spokenWords(notesFor(NOTE, 'talk'))).toBe(7 + 9 + 2 + 3 + 5)
  })

  it('reads the audience from the headmatter, and says what to write when it is wrong', () => {
    expect(audienceOf({ audience: 'talk' })).toBe('talk')
    expect(audienceOf({})).toBe('study')
    expect(() => audienceOf({ audience: 'speaker' })).toThrow(/use "talk".*or "study"/)
  })
})
