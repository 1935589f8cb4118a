import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ComparisonTable from '../../components/ComparisonTable.vue'
import { citations, citationText } from '../../composables/references'
import { chapterComparison } from '../../data/comparison'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

type Wrapper = ReturnType<typeof mount>
const rowStates = (w: Wrapper): string[] => w.findAll('tbody tr').map(tr => tr.attributes('data-state') ?? '')
const fineStates = (w: Wrapper): string[] => w.findAll('[data-fine]').map(td => td.attributes('data-state') ?? '')

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

describe('comparison table', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per row with the slide', () => {
    mount(ComparisonTable)
    expect(slidev.registrations).toBe(1)
    expect(slidev.total).toBe(5)
  })

  it('shows the chapter’s rows in order, one more per click, the newest marked', async () => {
    const w = mount(ComparisonTable)
    expect(w.findAll('tbody th').map(th => th.text().replace(/\s+/g, ' '))).toEqual(chapterComparison.map(r => `${r.aspect} ${citationText(citations(r.sources))}`))
    expect(w.find('[data-fine]').exists()).toBe(false)
    expect(w.findAll('thead th').map(th => th.text())).toEqual(['Aspect', 'VM', 'Container'])
    expect(rowStates(w)).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'hidden'])
    await at(1)
    expect(rowStates(w)).toEqual(['current', 'hidden', 'hidden', 'hidden', 'hidden'])
    await at(3)
    expect(rowStates(w)).toEqual(['shown', 'shown', 'current', 'hidden', 'hidden'])
    await at(5)
    expect(rowStates(w)).toEqual(['shown', 'shown', 'shown', 'shown', 'current'])
    await at(2)
    expect(rowStates(w)).toEqual(['shown', 'current', 'hidden', 'hidden', 'hidden'])
  })

  it('hides rows not yet shown from assistive technology', async () => {
    const w = mount(ComparisonTable)
    await at(2)
    expect(w.findAll('tbody tr').map(tr => tr.attributes('aria-hidden'))).toEqual([undefined, undefined, 'true', 'true', 'true'])
  })

  it('fine-print view: the chapter’s columns stay, the fine print comes one row per click', async () => {
    const w = mount(ComparisonTable, { props: { finePrint: true } })
    expect(slidev.total).toBe(5)
    expect(w.get('table').attributes('data-view')).toBe('fine-print')
    expect(w.findAll('thead th').map(th => th.text())).toEqual(['Aspect', 'VM', 'Container', 'Fine print'])
    expect(rowStates(w)).toEqual(['shown', 'shown', 'shown', 'shown', 'shown'])
    expect(w.findAll('td[data-side="vm"]').map(td => td.text())).toEqual(chapterComparison.map(r => r.vm))
    expect(fineStates(w)).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'hidden'])
    await at(2)
    expect(fineStates(w)).toEqual(['shown', 'current', 'hidden', 'hidden', 'hidden'])
    expect(w.findAll('[data-verdict]').map(v => v.attributes('data-state'))).toEqual(fineStates(w))
    expect(w.findAll('[data-fine]').map(td => td.attributes('aria-hidden'))).toEqual([undefined, undefined, 'true', 'true', 'true'])
    const lines = w.get('[data-fine="startup"]').findAll('.fine-line').map(l => l.text())
    const fine = chapterComparison[1]
    expect(lines).toEqual([...fine.finePrint.slice(0, -1), `${fine.finePrint.at(-1)} ${citationText(citations(fine.sources))}`])
    expect(w.get('[data-fine="portability"]').attributes('data-sources')).toContain('windows-container-compat')
    await at(5)
    expect(fineStates(w)).toEqual(['shown', 'shown', 'shown', 'shown', 'current'])
  })

  it('on a handout page (final-state PDF) shows every row and its fine print, none marked', async () => {
    slidev.printMode.value = true
    const chapter = mount(ComparisonTable)
    const fine = mount(ComparisonTable, { props: { finePrint: true } })
    await at(slidev.total)
    expect(rowStates(chapter)).toEqual(Array.from({ length: 5 }).fill('shown'))
    expect(fineStates(fine)).toEqual(Array.from({ length: 5 }).fill('shown'))
    expect(chapter.get('table').attributes('data-motion')).toBe('off')
  })

  it('in the click-by-click export keeps marking the newest row', async () => {
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    const w = mount(ComparisonTable)
    await at(3)
    expect(rowStates(w)).toEqual(['shown', 'shown', 'current', 'hidden', 'hidden'])
  })

  it('turns motion off under reduced motion, still one click per row', async () => {
    slidev.setReducedMotion(true)
    const w = mount(ComparisonTable)
    expect(w.get('table').attributes('data-motion')).toBe('off')
    expect(slidev.total).toBe(5)
    await at(1)
    expect(rowStates(w)[0]).toBe('current')
  })

  it('counts its clicks after earlier clicks on the same slide', async () => {
    const { useSlideContext } = await import('../support/slidev-client')
    const ctx = useSlideContext().$clicksContext
    ctx.register('earlier', ctx.calculateSince('+1', 1))
    const w = mount(ComparisonTable)
    expect(slidev.total).toBe(6)
    await at(2)
    expect(rowStates(w)).toEqual(['current', 'hidden', 'hidden', 'hidden', 'hidden'])
  })

  it('rejects bad input with an error that names the problem', () => {
    const silence = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const [first, second] = chapterComparison
    expect(() => mount(ComparisonTable, { props: { rows: [] } })).toThrow(/ComparisonTable: `rows` must be a non-empty array/)
    const { container: _, ...noContainer } = second
    expect(() => mount(ComparisonTable, { props: { rows: [first, noContainer as never] } }))
      .toThrow(/ComparisonTable: row 2 \("Start-up"\) has no "container"/)
    expect(() => mount(ComparisonTable, { props: { rows: [{ ...first, sources: ['made-up' as never] }] } }))
      .toThrow(/ComparisonTable: row 1 \("Isolation"\) cites an unknown source "made-up"; add it to data\/sources.ts/)
    expect(() => mount(ComparisonTable, { props: { rows: [{ ...first, finePrint: ['a', 'b', 'c'] }] } }))
      .toThrow(/needs "finePrint": one or two non-empty lines/)
    silence.mockRestore()
  })
})
