import type { DeckSlide } from '../../scripts/deck-structure'
import { beforeAll, describe, expect, it } from 'vitest'
import { carriesGloss, glossProblems, usesTerm } from '../../composables/glossary'
import { questionById } from '../../composables/quiz'
import { buildStackModel } from '../../composables/stack'
import { houseAnalogy } from '../../data/analogy'
import { chapterComparison, verdicts } from '../../data/comparison'
import { glossary } from '../../data/glossary'
import { isolationGoals } from '../../data/goals'
import { readJourney } from '../../data/journey'
import { layerKinds } from '../../data/layers'
import { quiz } from '../../data/quiz'
import { scorecard } from '../../data/scorecard'
import { stacks, vmVsContainers } from '../../data/stacks'
import { timeline, timelineEras } from '../../data/timeline'
import { loadDeck } from '../../scripts/deck-structure'

/** Keys whose values are identifiers or colours, never text a viewer reads. */
const NOT_TEXT = new Set(['id', 'kind', 'color', 'sources', 'source', 'layer', 'lane', 'verdict', 'match'])

/** Every string a viewer could read in a data value (labels, explanations, alt text, captions). */
function strings(value: unknown, key = ''): string[] {
  if (NOT_TEXT.has(key))
    return []
  if (typeof value === 'string')
    return [value]
  if (Array.isArray(value))
    return value.flatMap(v => strings(v))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, k))
  return []
}

/**
 * All the text a slide shows: its markdown (without style and script blocks), the data its
 * components draw (a LayerStack's stack and its layers' explanations, the comparison table,
 * the timeline's eras in range, the analogy), and any data its <script setup> imports.
 */
async function slideText(slide: DeckSlide): Promise<string> {
  const md = slide.content
  // Markup is not text: drop style and script blocks and every tag but <Term …>, which glosses.
  const labels = [...md.matchAll(/aria-label="([^"]*)"/g)].map(m => m[1])
  const parts = [...labels, md.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<(?!Term\s)[^>]*>/g, ' ')]
  for (const [, id] of md.matchAll(/<LayerStack\s+stack="([\w-]+)"/g)) {
    const spec = stacks[id as keyof typeof stacks]
    const model = buildStackModel(spec)
    parts.push(spec.alt, ...model.rows.flat().flatMap(layer => [layer.label, layer.explain]), ...model.highlights.map(h => h.caption))
  }
  for (const [, id] of md.matchAll(/<Quiz\s+id="([\w-]+)"/g)) {
    const question = questionById(quiz, id)
    parts.push(question.prompt, ...question.options, question.why, question.taughtOn)
  }
  if (/<Scorecard\b/.test(md))
    parts.push(...strings(scorecard), ...strings(isolationGoals))
  if (/<SyscallJourney\b/.test(md))
    parts.push(...strings(readJourney))
  if (/<StackCompare\b/.test(md))
    parts.push(...strings(vmVsContainers))
  if (/<ComparisonTable\b/.test(md)) {
    parts.push(...chapterComparison.flatMap(row => [row.aspect, row.vm, row.container]))
    if (/fine-print/.test(md))
      parts.push(...strings(chapterComparison), ...strings(verdicts))
  }
  for (const [, from, to] of md.matchAll(/<Timeline\s+:range="\[(\d+),\s*(\d+)\]"/g)) {
    const eras = timelineEras.filter(era => era.no >= Number(from) && era.no <= Number(to))
    parts.push(...strings(eras), ...strings(timeline.filter(entry => eras.some(era => era.no === entry.era))))
  }
  if (/<HouseAnalogy\b/.test(md))
    parts.push(...strings(houseAnalogy))
  for (const [, names, file] of md.matchAll(/import\s*\{([^}]+)\}\s*from\s*'\.\.\/data\/([\w-]+)'/g)) {
    const mod = await import(`../../data/${file}.ts`) as Record<string, unknown>
    for (const name of names.split(',').map(n => n.trim()).filter(Boolean)) {
      const value = mod[name]
      // A data function the slide calls with no arguments (startupBars()) draws what it returns.
      parts.push(...strings(typeof value === 'function' && value.length === 0 ? (value as () => unknown)() : value))
    }
  }
  return parts.join('\n')
}

let slides: { title: string, text: string }[]
let notes: string
beforeAll(async () => {
  const deck = await loadDeck()
  slides = await Promise.all(deck.slides.map(async slide => ({ title: slide.title, text: await slideText(slide) })))
  notes = deck.slides.map(slide => slide.note).join('\n')
})

describe('the glossary rule: no term before its teaching slide without a gloss', () => {
  it('finds uses and glosses as a reader would', () => {
    const kernel = glossary.kernel
    expect(usesTerm('one shared Kernel', kernel)).toBe(true)
    expect(usesTerm('kernelspace', kernel)).toBe(false)
    expect(carriesGloss('the <Term id="kernel">kernel</Term>', 'kernel', kernel)).toBe(true)
    expect(carriesGloss(`the kernel (${kernel.gloss})`, 'kernel', kernel)).toBe(true)
    expect(carriesGloss('the kernels (the cores of each OS) run', 'kernel', kernel), 'a gloss in brackets right after the term').toBe(true)
    expect(carriesGloss('the kernel', 'kernel', kernel)).toBe(false)
    expect(carriesGloss('the kernel is (mostly) fine', 'kernel', kernel)).toBe(false)
  })

  it('reports a term used early without its gloss, and a teaching slide that is missing', () => {
    const deck = [{ title: 'Intro', text: 'the kernel' }, { title: glossary.kernel.taughtOn, text: 'kernel' }]
    expect(glossProblems(deck, { kernel: glossary.kernel })).toEqual([{ term: 'kernel', slide: 'Intro', taughtOn: glossary.kernel.taughtOn }])
    expect(glossProblems(deck.slice(0, 1), { kernel: glossary.kernel })[0].slide).toContain('no slide titled')
  })

  it('finds text drawn from data: a stack\'s layer explanations count as the slide\'s text', () => {
    const stackSlide = slides.find(slide => slide.title === 'Containers: one kernel, fenced-off processes')!
    expect(stackSlide.text).toContain(layerKinds.hardware.explain)
  })

  it('holds for every term and every slide of the deck', () => {
    // The cover names the deck's subject ("VMs and Containers"); it teaches nothing, so it is not held to the rule.
    const problems = glossProblems(slides.slice(1), glossary).map(p => `"${p.term}" on "${p.slide}" (taught on "${p.taughtOn}"): add <Term id="…"> or its gloss`)
    expect(problems).toEqual([])
  })

  it('teaches every term on a slide the deck has', () => {
    const titles = new Set(slides.map(slide => slide.title))
    const missing = Object.values(glossary).filter(entry => !titles.has(entry.taughtOn)).map(entry => `${entry.term}: "${entry.taughtOn}"`)
    expect(missing).toEqual([])
  })

  it('uses every glossary term somewhere in the deck, on a slide or in its notes', () => {
    const all = `${slides.map(slide => slide.text).join('\n')}\n${notes}`
    expect(Object.values(glossary).filter(entry => !usesTerm(all, entry)).map(entry => entry.term)).toEqual([])
  })
})
