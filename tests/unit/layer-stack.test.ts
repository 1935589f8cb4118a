import type { VueWrapper } from '@vue/test-utils'
import type { StackSpec } from '../../data/stacks'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LayerStack from '../../components/LayerStack.vue'
import { buildStackModel, captions, drawnModel, frameAt, handoutPoints } from '../../composables/stack'
import { stacks, vmsOnOneHost } from '../../data/stacks'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

/** The visible layers, bottom-up, as "kind" (one entry per row; a per-column row counts once). */
function visibleRows(wrapper: VueWrapper): string[] {
  const rows = new Map<number, string>()
  for (const cell of wrapper.findAll('.layer')) {
    if (cell.attributes('data-state') !== 'hidden')
      rows.set(Number(cell.attributes('data-row')), cell.attributes('data-kind')!)
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, kind]) => kind)
}

function newest(wrapper: VueWrapper): string[] {
  return [...new Set(wrapper.findAll('.layer[data-state="current"]').map(cell => cell.attributes('data-kind')!))]
}

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

describe('layer stack', () => {
  beforeEach(() => slidev.reset())

  it('registers exactly the clicks it needs with the slide: one per row after the first, one per highlight, one per variant', () => {
    mount(LayerStack, { props: { stack: 'vm-hosted' } })
    expect(slidev.total).toBe(5 + 1 + 2)
  })

  it('builds the chapter\'s VM stack bottom-up, one layer per click, the newest marked and explained', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    expect(visibleRows(wrapper)).toEqual(['hardware'])
    expect(wrapper.get('dt').text()).toBe('Physical hardware')
    await at(3)
    expect(visibleRows(wrapper)).toEqual(['hardware', 'host-os', 'hypervisor', 'virtual-hardware'])
    expect(newest(wrapper)).toEqual(['virtual-hardware'])
    expect(wrapper.get('dt').text()).toBe('Virtual hardware')
    expect(wrapper.get('dd').text()).toContain('each VM believes it has')
  })

  it('draws per-app layers as columns and shared layers as one full-width band', () => {
    const wrapper = mount(LayerStack, { props: { stack: 'containers' } })
    const cells = (kind: string): string[] => wrapper.findAll(`.layer[data-kind="${kind}"]`).map(cell => cell.attributes('style') ?? '')
    expect(cells('host-kernel')).toHaveLength(1)
    expect(cells('host-kernel')[0]).toContain('grid-column: 1 / -1')
    expect(cells('application')).toHaveLength(3)
    expect(cells('application').map(style => style.match(/grid-column: (\d)/)?.[1])).toEqual(['1', '2', '3'])
    expect(wrapper.findAll('.column-name').map(name => name.text())).toEqual(['Container A', 'Container B', 'Container C'])
  })

  it('lights every guest OS on the highlight click and dims the rest, with the caption beside', async () => {
    const wrapper = mount(LayerStack, { props: { stack: vmsOnOneHost } })
    await at(4)
    const lit = wrapper.findAll('.layer[data-light="lit"]').map(cell => cell.text())
    expect(lit).toEqual(['Linux', 'Windows', 'Linux'])
    expect(wrapper.findAll('.layer[data-light="dim"]').length).toBeGreaterThan(0)
    expect(wrapper.get('[data-caption]').text()).toContain('Each VM has its own complete OS')
  })

  it('shows the final state, every layer and the last highlight, when printed click by click', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'containers' } })
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    await at(slidev.total)
    expect(visibleRows(wrapper)).toEqual(['hardware', 'host-kernel', 'container-runtime', 'libraries', 'application'])
    expect(wrapper.get('.layer-stack').attributes('data-motion')).toBe('off')
    expect(wrapper.get('[data-caption]').text()).toBe(stacks.containers.highlights![1].caption)
  })

  it('under reduced motion marks itself so every step shows without motion', () => {
    slidev.setReducedMotion(true)
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    expect(wrapper.get('.layer-stack').attributes('data-motion')).toBe('off')
  })

  it('has a text alternative that says what the picture shows, and hides its layers from screen readers', () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    const figure = wrapper.get('[role="img"]')
    expect(figure.attributes('aria-label')).toBe(stacks['vm-hosted'].alt)
    expect(wrapper.findAll('.layer').every(cell => cell.attributes('aria-hidden') === 'true')).toBe(true)
    expect(wrapper.get('.stack-explain').attributes('aria-live')).toBe('polite')
  })

  it('rejects an unknown stack id, naming the known ones', () => {
    expect(() => mount(LayerStack, { props: { stack: 'vm-hostd' as never } })).toThrow(/LayerStack: no stack "vm-hostd" in data\/stacks.ts; known: vm-hosted, containers/)
  })

  it('passes the stack model\'s errors through: unknown kind, empty stack, cells with no columns, missing highlight', () => {
    const base: StackSpec = { id: 'bad', title: 'Bad', alt: 'A bad stack.', rows: [{ band: { kind: 'hardware' } }] }
    const mountSpec = (spec: StackSpec): unknown => mount(LayerStack, { props: { stack: spec } })
    expect(() => mountSpec({ ...base, rows: [{ band: { kind: 'kernal' as never } }] })).toThrow(/unknown layer kind "kernal"/)
    expect(() => mountSpec({ ...base, rows: [] })).toThrow(/has no layers/)
    expect(() => mountSpec({ ...base, rows: [{ cells: [{ kind: 'application' }] }] })).toThrow(/the stack has no columns/)
    expect(() => mountSpec({ ...base, highlights: [{ kinds: ['guest-os'], caption: 'x' }] })).toThrow(/lights "guest-os", which is not in this stack/)
  })
})

describe('layer stack on a handout page (the final-state PDF)', () => {
  beforeEach(() => slidev.reset())

  it('shows the whole stack undimmed, with every highlight\'s point written beside it', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'containers' } })
    slidev.printMode.value = true
    slidev.clicks.value = slidev.total
    await nextTick()
    expect(wrapper.findAll('.layer[data-light]')).toHaveLength(0)
    expect(wrapper.findAll('[data-handout] [data-caption]').map(point => point.text())).toEqual(stacks.containers.highlights!.map(h => h.caption))
  })

  for (const spec of Object.values(stacks)) {
    it(`${spec.id}: writes out every layer of the pictures it prints, top row first, and every caption its clicks showed`, async () => {
      const wrapper = mount(LayerStack, { props: { stack: spec } })
      slidev.printMode.value = true
      slidev.clicks.value = slidev.total
      await nextTick()
      const shown = wrapper.findAll('[data-handout] [data-explanation]').map(item => item.text())
      const model = buildStackModel(spec)
      // A stack with a printWith picture prints it beside the stack as built; others print their final picture.
      const pictures = spec.printWith ? [model, buildStackModel(spec.printWith)] : [drawnModel(model, frameAt(model, model.clicks))]
      const explains = [...new Set(pictures.flatMap(m => m.rows.flat().map(layer => layer.explain)))]
      expect(shown).toHaveLength(explains.length)
      for (const explain of explains)
        expect(shown.some(text => text.includes(explain)), `"${explain}"`).toBe(true)
      expect(shown[0], 'the top row first').toContain(pictures[0].rows.at(-1)![0].explain)
      // Every caption its clicks showed; one about a picture paper does not draw says so.
      const printed = wrapper.findAll('[data-handout] [data-caption]').map(c => c.text())
      expect(printed).toEqual(handoutPoints(spec).map(p => p.caption))
      captions(model).forEach((caption, i) => expect(printed[i]).toContain(caption))
    })
  }

  it('while presenting, explains only the newest layer', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'vm-hosted' } })
    await at(2)
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
    expect(wrapper.findAll('.stack-explain dd').map(dd => dd.text())).toEqual([buildStackModel(stacks['vm-hosted']).rows[2][0].explain])
  })

  it('in the click-by-click export, shows each step exactly as presented', async () => {
    const wrapper = mount(LayerStack, { props: { stack: 'containers' } })
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    slidev.clicks.value = slidev.total
    await nextTick()
    expect(wrapper.findAll('.layer[data-light="dim"]').length).toBeGreaterThan(0)
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
  })
})
