import type { VueWrapper } from '@vue/test-utils'
import type { TimelineEntry } from '../../data/timeline'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import Timeline from '../../components/Timeline.vue'
import { citations, citationText } from '../../composables/references'
import { eraSources } from '../../composables/timeline'
import { timeline, timelineEras } from '../../data/timeline'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

/** The entries whose labels are visible (not hidden), in year order. */
function visible(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.tl-label').filter(l => l.attributes('data-state') !== 'hidden').map(l => l.attributes('data-entry')!)
}

function current(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.tl-label[data-state="current"]').map(l => l.attributes('data-entry')!)
}

const idsOfEras = (...eras: number[]): string[] => timeline.filter(e => eras.includes(e.era)).map(e => e.id)

async function at(clicks: number): Promise<void> {
  slidev.clicks.value = clicks
  await nextTick()
}

describe('timeline', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per era in its range', () => {
    mount(Timeline, { props: { range: [1, 2] } })
    expect(slidev.total).toBe(2)
    slidev.reset()
    mount(Timeline, { props: { range: [3, 5] } })
    expect(slidev.total).toBe(3)
    slidev.reset()
    // every era at once needs a wider figure than a slide has (hence the two slides)
    mount(Timeline, { props: { width: 1800 } })
    expect(slidev.total).toBe(timelineEras.length)
  })

  it('1964–2006: starts with the empty lanes and axis, then reveals the mainframe era, then the 2000s', async () => {
    const wrapper = mount(Timeline, { props: { range: [1, 2] } })
    expect(visible(wrapper)).toEqual([])
    expect(wrapper.findAll('.tl-label')).toHaveLength(idsOfEras(1, 2).length)
    expect(wrapper.findAll('.tl-line')).toHaveLength(2)
    expect(wrapper.findAll('.tl-year-mark').map(m => m.text())).toEqual(['1964', '1982', '1999', '2006'])
    expect(wrapper.get('[data-caption]').text()).toContain('1964 to 2006')

    await at(1)
    expect(visible(wrapper).sort()).toEqual(['chroot', 'cp-40', 'cp-67', 'vm-370'])
    expect(current(wrapper).sort()).toEqual(['chroot', 'cp-40', 'cp-67', 'vm-370'])
    expect(wrapper.get('[data-caption]').text()).toContain(timelineEras[0].title)

    await at(2)
    expect(visible(wrapper).sort()).toEqual(idsOfEras(1, 2).sort())
    expect(current(wrapper).sort()).toEqual(idsOfEras(2).sort())
    expect(wrapper.get('.tl-label[data-entry="cp-40"]').attributes('data-state')).toBe('shown')
    expect(wrapper.get('[data-caption]').text()).toContain(timelineEras[1].point)
  })

  it('2007–2018: KVM, LXC and Docker first, then Kubernetes and the OCI, then where the lanes meet', async () => {
    const wrapper = mount(Timeline, { props: { range: [3, 5] } })
    await at(1)
    expect(visible(wrapper).sort()).toEqual(['cgroups', 'docker', 'kvm', 'lxc'])
    await at(2)
    expect(current(wrapper).sort()).toEqual(['kubernetes', 'oci'])
    await at(3)
    expect(current(wrapper).sort()).toEqual(['firecracker', 'gvisor', 'kata-containers'])
    expect(visible(wrapper)).toHaveLength(idsOfEras(3, 4, 5).length)
    // the lanes come in from the left, saying how long they have run
    expect(wrapper.findAll('.tl-since').map(s => s.text())).toEqual(['since 1964', 'since 1979'])
  })

  it('bends the two lanes together only when the first era in both is revealed', async () => {
    const wrapper = mount(Timeline, { props: { range: [3, 5] } })
    const bends = (): string[] => wrapper.findAll('.tl-bend').map(b => b.attributes('data-state')!)
    const tails = (): (string | undefined)[] => wrapper.findAll('.tl-tail').map(t => t.attributes('data-merged'))
    await at(1)
    expect(bends()).toEqual(['hidden', 'hidden'])
    expect(tails()).toEqual([undefined, undefined])
    await at(2)
    // Kubernetes and the OCI are container events: the lanes still run apart
    expect(bends()).toEqual(['hidden', 'hidden'])
    await at(3)
    expect(bends()).toEqual(['current', 'current'])
    expect(tails()).toEqual(['true', 'true'])
    const early = mount(Timeline, { props: { range: [1, 2] } })
    expect(early.findAll('.tl-bend')).toHaveLength(0)
  })

  it('shows the disputed dates in the recommended wording', async () => {
    const early = mount(Timeline, { props: { range: [1, 2] } })
    expect(early.get('.tl-label[data-entry="chroot"] .tl-year').text()).toBe('1979 / 1982')
    expect(early.get('.tl-label[data-entry="solaris-zones"] .tl-year').text()).toBe('2004')
    const late = mount(Timeline, { props: { range: [3, 5] } })
    expect(late.get('.tl-label[data-entry="docker"] .tl-year').text()).toBe('March 2013')
  })

  it('moves each stem and dot with its label', async () => {
    const wrapper = mount(Timeline, { props: { range: [1, 2] } })
    await at(1)
    expect(wrapper.get('.tl-mark[data-entry="cp-40"]').attributes('data-state')).toBe('current')
    expect(wrapper.get('.tl-mark[data-entry="xen"]').attributes('data-state')).toBe('hidden')
  })

  it('in the click-by-click export, shows each step exactly as presented, ending with every entry', async () => {
    const wrapper = mount(Timeline, { props: { range: [1, 2] } })
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    await at(1)
    expect(visible(wrapper)).toHaveLength(4)
    await at(slidev.total)
    expect(visible(wrapper)).toHaveLength(idsOfEras(1, 2).length)
    expect(wrapper.get('.timeline').attributes('data-motion')).toBe('off')
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
  })

  it('under reduced motion marks itself so every step shows without motion', () => {
    slidev.setReducedMotion(true)
    const wrapper = mount(Timeline, { props: { range: [1, 2] } })
    expect(wrapper.get('.timeline').attributes('data-motion')).toBe('off')
  })

  it('has a text alternative that lists every entry with its date, and hides the drawn parts from screen readers', async () => {
    const wrapper = mount(Timeline, { props: { range: [3, 5] } })
    const label = wrapper.get('[role="img"]').attributes('aria-label')!
    for (const entry of timeline.filter(e => e.era >= 3))
      expect(label).toContain(`${entry.yearLabel}, ${entry.title}: ${entry.detail}`)
    expect(label).toContain('joining where they meet')
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
    expect(wrapper.findAll('.tl-label').every(l => l.attributes('aria-hidden') === 'true')).toBe(true)
    expect(wrapper.get('.tl-caption').attributes('aria-live')).toBe('polite')
  })
})

describe('timeline on a handout page (the final-state PDF)', () => {
  beforeEach(() => slidev.reset())

  it('shows every entry, and writes out every era of the range under the axis: its years, title and point', async () => {
    const wrapper = mount(Timeline, { props: { range: [3, 5] } })
    slidev.printMode.value = true
    await at(slidev.total)
    expect(visible(wrapper)).toHaveLength(idsOfEras(3, 4, 5).length)
    expect(wrapper.findAll('[data-handout] [data-era]').map(li => li.text().replace(/\s+/g, ' '))).toEqual(
      timelineEras.slice(2).map(era => `${era.from}–${era.to} ${era.title}. ${era.point} ${citationText(citations(eraSources(timeline, era.no)))}`),
    )
  })

  it('in the click-by-click export, writes only the current era\'s point', async () => {
    const wrapper = mount(Timeline, { props: { range: [1, 2] } })
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    await at(1)
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
    expect(wrapper.get('[data-caption]').text()).toContain(timelineEras[0].point)
  })
})

describe('timeline: bad props and data', () => {
  beforeEach(() => slidev.reset())
  const entry: TimelineEntry = { id: 'x', year: 1999, yearLabel: '1999', lane: 'vm', title: 'X', detail: 'a test', era: 2, source: 'xen-paper' }
  const mountWith = (entries: TimelineEntry[]): unknown => mount(Timeline, { props: { entries } })

  it('rejects an entry in an unknown lane', () => {
    expect(() => mountWith([{ ...entry, lane: 'vms' as never }])).toThrow(/Timeline: entry 1 \("X"\) is in an unknown lane "vms"; use one of vm, container, both/)
  })

  it('rejects an entry with a missing or unknown source', () => {
    expect(() => mountWith([{ ...entry, source: undefined as never }])).toThrow(/Timeline: entry 1 \("X"\) has no source; give it a SourceId from data\/sources.ts/)
    expect(() => mountWith([{ ...entry, source: 'nope' as never }])).toThrow(/cites an unknown source "nope"/)
  })

  it('rejects an entry in an era that does not cover its year', () => {
    expect(() => mountWith([{ ...entry, era: 1 }])).toThrow(/Timeline: entry 1 \("X"\) is dated 1999, outside its era 1 \(1964–1982\)/)
  })

  it('rejects a range that is not a range of eras', () => {
    expect(() => mount(Timeline, { props: { range: [2, 9] } })).toThrow(/Timeline: the range \[2, 9\] is not a range of eras/)
  })

  it('rejects a range whose labels cannot fit, saying to show fewer eras per slide', () => {
    expect(() => mount(Timeline)).toThrow(/Timeline: the labels of eras 1–5 do not fit in 4 tiers per lane at 868px; show fewer eras per slide \(the range prop\)/)
  })
})
