import type { Analogy } from './analogy'
import type { LayerSpec } from './stacks'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analogyAlt, analogyLimits, analogyParts, checkAnalogy, houseAnalogy, sideTags } from './analogy'
import { isLayerKind, layerKinds } from './layers'
import { stacks, vmVsContainers } from './stacks'

const steps = houseAnalogy.steps

describe('the house analogy (data/analogy.ts)', () => {
  it('passes its own checks', () => {
    expect(() => checkAnalogy(houseAnalogy)).not.toThrow()
  })

  it('names only known layer kinds, on both sides of every step', () => {
    for (const step of steps) {
      for (const kind of [...step.house.kinds, ...step.building.kinds])
        expect(isLayerKind(kind), `${step.id}: ${kind}`).toBe(true)
    }
  })

  it('gives every step a caption short enough for two lines, and unique ids', () => {
    for (const step of steps) {
      expect(step.caption.trim().length, step.id).toBeGreaterThan(20)
      expect(step.caption.length, step.id).toBeLessThanOrEqual(100)
      expect(step.house.part.trim(), step.id).not.toBe('')
      expect(step.building.part.trim(), step.id).not.toBe('')
    }
    const ids = steps.map(step => step.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('maps the parts as the chapter and the stack diagrams do, in teaching order', () => {
    expect(steps.map(step => [step.id, step.house.kinds, step.building.kinds])).toEqual([
      ['ground', ['hardware'], ['hardware']],
      ['utilities', ['guest-os'], ['host-kernel']],
      ['walls', ['hypervisor', 'virtual-hardware'], ['container-runtime']],
      ['household', ['application', 'libraries'], ['application', 'libraries']],
    ])
    expect(steps.map(step => step.id).sort()).toEqual([...analogyParts].sort())
  })

  it('tags each kind with its layer label unless the step says otherwise', () => {
    const walls = steps.find(step => step.id === 'walls')!
    expect(sideTags(walls.house).map(t => t.text)).toEqual(['Hypervisor', 'Virtual hardware'])
    expect(sideTags(walls.building)).toEqual([{ text: 'Engine (Docker)', color: 'container-runtime', kind: 'container-runtime' }])
  })

  it('tags each part with a name the stack diagrams give that layer, so picture and stacks agree', () => {
    // Every layer the stack diagrams and the side-by-side view draw, with the label they give it.
    type Row = { band: LayerSpec } | { cells: LayerSpec[] } | { aside: LayerSpec } | null
    const layersOf = (row: Row): LayerSpec[] => !row ? [] : 'band' in row ? [row.band] : 'cells' in row ? row.cells : [row.aside]
    const rows: Row[] = [...Object.values(stacks).flatMap(spec => spec.rows as Row[]), ...vmVsContainers.rows.flatMap(row => [row.vm, row.container] as Row[]), ...(vmVsContainers.aside ? [{ aside: vmVsContainers.aside.layer }] : [])]
    const drawn = new Set(rows.flatMap(layersOf).map(layer => `${layer.kind}: ${layer.label ?? layerKinds[layer.kind].label}`))
    const tags = steps.flatMap(step => [...sideTags(step.house), ...sideTags(step.building)].map(tag => `${tag.kind}: ${tag.text}`))
    expect(tags.filter(tag => !drawn.has(tag))).toEqual([])
  })

  it('builds a text alternative that says what every part stands for', () => {
    const alt = analogyAlt(houseAnalogy)
    expect(alt.startsWith(houseAnalogy.alt)).toBe(true)
    for (const label of ['Physical hardware', 'Guest OS', 'Host OS kernel', 'Hypervisor', 'Virtual hardware', 'Container engine', 'App', 'Libs'])
      expect(alt).toContain(label)
  })
})

describe('checkAnalogy: bad data', () => {
  const withStep = (patch: object, index = 1): Analogy => ({
    ...houseAnalogy,
    steps: houseAnalogy.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
  })

  it('rejects an analogy with no steps', () => {
    expect(() => checkAnalogy({ ...houseAnalogy, steps: [] })).toThrow('Analogy: has no steps')
  })

  it('rejects an unknown layer kind, naming the step, the side and the known kinds', () => {
    const bad = withStep({ building: { part: 'the risers', kinds: ['kernel'] } })
    expect(() => checkAnalogy(bad)).toThrow(/step 2 \("utilities"\), building: unknown layer kind "kernel"; known kinds: hardware, host-os/)
  })

  it('rejects a part the drawing does not have, and a part lit twice', () => {
    expect(() => checkAnalogy(withStep({ id: 'roof' }))).toThrow(/step 2 \("roof"\): no such part of the drawing; it has ground, utilities, walls, household/)
    expect(() => checkAnalogy(withStep({ id: 'ground' }))).toThrow(/step 2 \("ground"\): lights the same part as an earlier step/)
  })

  it('rejects an empty caption, a side with no kinds, and tags that do not match the kinds', () => {
    expect(() => checkAnalogy(withStep({ caption: ' ' }))).toThrow(/step 2 \("utilities"\): has no caption/)
    expect(() => checkAnalogy(withStep({ house: { part: 'pipes', kinds: [] } }))).toThrow(/house: names 0 layer kinds; name one or two/)
    expect(() => checkAnalogy(withStep({ house: { part: 'pipes', kinds: ['guest-os'], tags: ['a', 'b'] } }))).toThrow(/has 2 tags for 1 kinds/)
  })
})

describe('where the analogy breaks (analogyLimits)', () => {
  it('has four fine-print cards with unique ids, known layers and labelled notes', () => {
    expect(analogyLimits).toHaveLength(4)
    expect(new Set(analogyLimits.map(card => card.id)).size).toBe(analogyLimits.length)
    for (const card of analogyLimits) {
      expect(card.layer && isLayerKind(card.layer), card.id).toBe(true)
      expect(card.note?.label, card.id).toMatch(/:$/)
      expect(card.note?.text.length, card.id).toBeGreaterThan(20)
    }
  })

  it('keeps the CVE numbers and disclosure dates of the fact sheet in the notes, off the cards (issue 19)', () => {
    const text = analogyLimits.map(card => `${card.body} ${card.note?.text}`).join(' ')
    const notes = readFileSync('pages/05-analogy.md', 'utf8')
    for (const fact of ['CVE-2016-5195', 'CVE-2019-5736', '11 February 2019', 'CVE-2015-3456', '13 May 2015']) {
      expect(text).not.toContain(fact)
      expect(notes).toContain(fact)
    }
  })
})
