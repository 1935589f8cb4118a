import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The deck's fonts are static @fontsource files (styles/index.ts), each subset with its
 * unicode-range. A character outside every range would be drawn by whatever system font a
 * machine has (DejaVu on Debian), so exports would differ per machine. This test reads what the
 * deck writes (markdown, data and component strings) and checks every character is covered by
 * both families (text and code use the same characters).
 */
const require = createRequire(import.meta.url)
const fontImports = [...readFileSync('styles/index.ts', 'utf8').matchAll(/^import '(@fontsource\/[^']+\.css)'/gm)].map(m => m[1])

type Range = [number, number]
function rangesOf(family: string): Range[] {
  const ranges: Range[] = []
  for (const css of fontImports.filter(f => f.startsWith(`@fontsource/${family}/`))) {
    for (const [, list] of readFileSync(require.resolve(css), 'utf8').matchAll(/unicode-range:([^;]+);/g)) {
      for (const part of list.split(',')) {
        const [a, b = a] = part.trim().replace(/^U\+/i, '').split('-')
        ranges.push([Number.parseInt(a, 16), Number.parseInt(b, 16)])
      }
    }
  }
  return ranges
}

/** The files whose text reaches a slide, the notes or a PDF. Error messages and comments in code do not. */
function deckText(): { file: string, text: string }[] {
  const list = (dir: string, ext: RegExp): string[] => existsSync(dir) ? readdirSync(dir).filter(f => ext.test(f) && !f.endsWith('.test.ts')).map(f => join(dir, f)) : []
  const markdown = [...readdirSync('.').filter(f => f.endsWith('.md') && f !== 'README.md'), ...list('pages', /\.md$/)]
  const code = [...list('data', /\.ts$/), ...list('composables', /\.ts$/), ...list('components', /\.vue$/)]
  return [
    ...markdown.map(file => ({ file, text: readFileSync(file, 'utf8') })),
    ...code.map(file => ({
      file,
      text: readFileSync(file, 'utf8').split('\n').filter(line => !/^\s*(?:\/\/|\/?\*)|Error\(|fail\(/.test(line)).join('\n').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))),
    })),
  ]
}

describe('fonts', () => {
  const families = { inter: rangesOf('inter'), mono: rangesOf('jetbrains-mono') }

  it('styles/index.ts loads static Inter and JetBrains Mono, with unicode ranges, and no variable font', () => {
    expect(families.inter.length).toBeGreaterThan(0)
    expect(families.mono.length).toBeGreaterThan(0)
    expect(readFileSync('styles/index.ts', 'utf8')).not.toMatch(/fontsource-variable/)
    expect(readFileSync('slides.md', 'utf8')).toMatch(/^\s+sans: Inter\n\s+mono: JetBrains Mono\n/m)
  })

  it('every character the deck writes is in a loaded subset of both fonts', () => {
    const covered = (code: number, ranges: Range[]): boolean => ranges.some(([a, b]) => a <= code && code <= b)
    const missing: string[] = []
    for (const { file, text } of deckText()) {
      for (const char of new Set(text)) {
        const code = char.codePointAt(0)!
        // Control characters and the private use area (key codes sent to the VM) are never drawn.
        if (code < 0x20 || (code >= 0xE000 && code <= 0xF8FF) || (covered(code, families.inter) && covered(code, families.mono)))
          continue
        missing.push(`"${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}) in ${file}`)
      }
    }
    expect(missing, 'characters no loaded font subset has: write them out in words, use an icon (<carbon-arrow-right />), or import the @fontsource subset that has them in styles/index.ts').toEqual([])
  })
})
