import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Text on the diagrams must fit its box: a label cut to "an ordinary pro…" loses the very point
 * the speaker is making. So no diagram's styles may clip text: no `text-overflow: ellipsis`, no
 * `overflow: hidden`/`clip`, no `-webkit-line-clamp`. Text that is too long must wrap (or the box
 * grow), where people can see it; the deck tests then catch anything pushed off the canvas.
 */
const DIAGRAMS = ['LayerStack', 'LayerCell', 'StackCompare', 'ProcessTree', 'SyscallJourney', 'StepCaptions']
const CLIPS = [/text-overflow\s*:\s*ellipsis/, /overflow(?:-[xy])?\s*:\s*(?:hidden|clip)/, /line-clamp\s*:/]

/** Every declaration in a component's <style> blocks that would clip text, as "selector { declaration }". */
export function clippingRules(sfc: string): string[] {
  const css = [...sfc.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(m => m[1]).join('\n').replace(/\/\*[\s\S]*?\*\//g, '')
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selector, body]) => body
    .split(';')
    .map(decl => decl.trim())
    .filter(decl => CLIPS.some(clip => clip.test(decl)))
    .map(decl => `${selector.trim()} { ${decl} }`))
}

/** The process tree's description style before it was fixed: the app row read "an ordinary pro…". */
const OLD_PROCESS_TREE = `<template><span class="proc-what" /></template>
<style scoped>
.proc-what {
  overflow: hidden;
  font-size: 16px;
  text-overflow: ellipsis;
  white-space: nowrap;
}
</style>`

describe('diagram text is never cut off', () => {
  it('finds the rules that clip text (as the process tree had, cutting "an ordinary process" to "an ordinary pro…")', () => {
    expect(clippingRules(OLD_PROCESS_TREE)).toEqual(['.proc-what { overflow: hidden }', '.proc-what { text-overflow: ellipsis }'])
    expect(clippingRules('<style>\n.a { -webkit-line-clamp: 2; overflow-y: clip }\n/* overflow: hidden */\n</style>')).toEqual(['.a { -webkit-line-clamp: 2 }', '.a { overflow-y: clip }'])
    expect(clippingRules('<style>\n.a { overflow: visible; white-space: normal }\n</style>')).toEqual([])
  })

  it.each(DIAGRAMS)('%s.vue clips no text: long labels wrap', (name) => {
    const sfc = readFileSync(join(__dirname, '../../components', `${name}.vue`), 'utf8')
    expect(clippingRules(sfc), `${name}.vue: let the text wrap (or widen the box) instead`).toEqual([])
  })
})
