import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contrast, greyLevel, toGrey } from './contrast'

const css = readFileSync(resolve('styles/tokens.css'), 'utf8')
const root = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? ''
const tokens = Object.fromEntries([...root.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(m => [m[1], m[2].toLowerCase()]))
const vm = readFileSync(resolve('components/vm/LinuxVm.vue'), 'utf8')

describe('the live VM on paper (print tokens)', () => {
  it('prints a light console: LinuxVm swaps its colours for the --vm-print-* tokens in print', () => {
    const rule = vm.match(/\.linux-vm\[data-state='print'\]\s*\{([^}]*)\}/)?.[1] ?? ''
    expect(rule, 'LinuxVm.vue has a print rule that remaps the --vm-* colours').not.toBe('')
    for (const [token, print] of [['--vm-bg', '--vm-print-bg'], ['--vm-fg', '--vm-print-fg'], ['--vm-command', '--vm-print-command'], ['--vm-bar-bg', '--vm-print-bar-bg']])
      expect(rule, `${token} in print`).toContain(`${token}: var(${print})`)
    expect(greyLevel(tokens['--vm-print-bg']!), 'a light background: little toner').toBeGreaterThan(230)
  })

  it('meets 4.5:1 for output and commands on the paper fills, in colour and in greyscale', () => {
    for (const fg of ['--vm-print-fg', '--vm-print-command']) {
      for (const bg of ['--vm-print-bg', '--vm-print-bar-bg']) {
        expect(tokens[fg] ?? 'not defined', `${fg} in styles/tokens.css`).toMatch(/^#[0-9a-f]{6}$/)
        expect(contrast(tokens[fg]!, tokens[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
        expect(contrast(toGrey(tokens[fg]!), toGrey(tokens[bg]!)), `${fg} on ${bg}, greyscale`).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('prints commands darker than their output, so in greyscale they stand out instead of fading', () => {
    expect(greyLevel(tokens['--vm-print-command']!)).toBeLessThan(greyLevel(tokens['--vm-print-fg']!))
  })
})
