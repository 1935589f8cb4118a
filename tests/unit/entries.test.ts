import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** An entry's headmatter (the YAML between the first two `---` lines), as text. */
function headmatter(entry: string): string {
  return readFileSync(entry, 'utf8').split(/^---$/m)[1] ?? ''
}

/** The `fonts:` block of a headmatter: its indented lines. */
function fonts(entry: string): string[] {
  const lines = headmatter(entry).split('\n')
  const start = lines.indexOf('fonts:')
  const block: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  '))
      break
    block.push(line.trim())
  }
  return block
}

describe('the two entries (slides.md, talk.md)', () => {
  it('name the same fonts, which styles/index.ts loads', () => {
    expect(fonts('talk.md'), 'talk.md fonts: as in slides.md').toEqual(fonts('slides.md'))
    const index = readFileSync('styles/index.ts', 'utf8')
    // @fontsource/inter registers the family "Inter", @fontsource/jetbrains-mono "JetBrains Mono".
    for (const [key, pkg] of [['sans', 'inter'], ['mono', 'jetbrains-mono']]) {
      const family = fonts('slides.md').find(l => l.startsWith(`${key}:`))?.slice(key.length + 1).trim()
      expect(index, `styles/index.ts imports @fontsource/${pkg}`).toContain(`@fontsource/${pkg}/`)
      expect(family?.toLowerCase().replace(/ /g, '-'), `fonts.${key} is the family @fontsource/${pkg} registers`).toBe(pkg)
    }
  })
})
