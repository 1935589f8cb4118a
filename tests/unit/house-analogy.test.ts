import type { VueWrapper } from '@vue/test-utils'
import type { Analogy } from '../../data/analogy'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import HouseAnalogy from '../../components/HouseAnalogy.vue'
import { analogyAlt, houseAnalogy } from '../../data/analogy'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

function parts(wrapper: VueWrapper, selector: string): string[] {
  return wrapper.findAll(`.part${selector}`).map(part => part.attributes('data-part')!)
}
const lit = (wrapper: VueWrapper): string[] => parts(wrapper, '[data-light="lit"]')
const dim = (wrapper: VueWrapper): string[] => parts(wrapper, '[data-light="dim"]')
const shownParts = (wrapper: VueWrapper): string[] => parts(wrapper, ':not([data-state="hidden"])')
function tags(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.tags:not([data-state="hidden"]) [data-tag]').map(tag => tag.attributes('data-tag')!)
}

async function at(click: number): Promise<void> {
  slidev.clicks.value = click
  await nextTick()
}

describe('house and apartment analogy', () => {
  beforeEach(() => slidev.reset())

  it('registers one click per step with the slide', () => {
    mount(HouseAnalogy)
    expect(slidev.registrations).toBe(1)
    expect(slidev.total).toBe(houseAnalogy.steps.length)
  })

  it('starts with both drawings in outline, nothing lit, and the question underneath', () => {
    const wrapper = mount(HouseAnalogy)
    expect(shownParts(wrapper)).toEqual([])
    expect(tags(wrapper)).toEqual([])
    expect(wrapper.get('[data-caption]').text()).toBe(houseAnalogy.intro)
  })

  it('click by click lights ground, plumbing, walls, household on both drawings, with their layer tags', async () => {
    const wrapper = mount(HouseAnalogy)
    const seen: [string[], string[], string[], string][] = []
    for (let click = 1; click <= 4; click++) {
      await at(click)
      seen.push([lit(wrapper), dim(wrapper), tags(wrapper), wrapper.get('[data-caption]').text()])
    }
    const [cGround, cUtil, cWalls, cHome] = houseAnalogy.steps.map(step => step.caption)
    expect(seen).toEqual([
      [['ground'], [], ['Physical hardware'], cGround],
      [['utilities'], ['ground'], ['Physical hardware', 'Guest OS', 'Host OS kernel'], cUtil],
      [['walls'], ['ground', 'utilities'], ['Physical hardware', 'Guest OS', 'Host OS kernel', 'Hypervisor', 'Virtual hardware', 'Engine (Docker)'], cWalls],
      [['household'], ['ground', 'utilities', 'walls'], ['Physical hardware', 'Guest OS', 'Host OS kernel', 'Hypervisor', 'Virtual hardware', 'Engine (Docker)', 'Your application', 'Libs'], cHome],
    ])
  })

  it('colours each part on each drawing in the colour of its layer', async () => {
    const wrapper = mount(HouseAnalogy)
    await at(4)
    const colour = (part: string, side: string): string => wrapper.get(`[data-part="${part}"] [data-side="${side}"] rect`).attributes('style') ?? ''
    expect(colour('utilities', 'house')).toContain('--layer-guest-os-bg')
    expect(colour('utilities', 'building')).toContain('--layer-host-os-bg')
    expect(wrapper.get('[data-part="walls"] [data-side="house"] .wall').attributes('style')).toContain('--layer-hypervisor-bg')
    expect(colour('walls', 'house')).toContain('--layer-virtual-hardware-bg')
    expect(wrapper.get('[data-part="walls"] [data-side="building"] .flat').attributes('style')).toContain('--layer-container-runtime-bg')
    expect(wrapper.get('[data-part="household"] [data-side="house"] .person').attributes('style')).toContain('--layer-application-bg')
    expect(wrapper.get('[data-part="household"] [data-side="house"] .thing').attributes('style')).toContain('--layer-libraries-bg')
    expect(wrapper.get('[data-part="ground"] rect').attributes('style')).toContain('--layer-hardware-bg')
  })

  it('on a handout page shows every part whole, without motion, and every caption written out', async () => {
    const wrapper = mount(HouseAnalogy)
    slidev.printMode.value = true
    await at(slidev.total)
    expect(wrapper.get('.house-analogy').attributes('data-motion')).toBe('off')
    expect(shownParts(wrapper)).toEqual(['ground', 'utilities', 'walls', 'household'])
    expect(dim(wrapper)).toEqual([])
    expect(tags(wrapper)).toHaveLength(8)
    expect(wrapper.findAll('[data-caption]').map(c => c.text())).toEqual(houseAnalogy.steps.map(step => step.caption))
  })

  it('in the click-by-click export, shows each click as presented, without motion', async () => {
    const wrapper = mount(HouseAnalogy)
    slidev.printMode.value = true
    slidev.printWithClicks.value = true
    await at(2)
    expect(wrapper.get('.house-analogy').attributes('data-motion')).toBe('off')
    expect([lit(wrapper), dim(wrapper)]).toEqual([['utilities'], ['ground']])
  })

  it('turns motion off under reduced motion', () => {
    expect(mount(HouseAnalogy).get('.house-analogy').attributes('data-motion')).toBe('on')
    slidev.reset()
    slidev.setReducedMotion(true)
    expect(mount(HouseAnalogy).get('.house-analogy').attributes('data-motion')).toBe('off')
  })

  it('has a text alternative from the data, and hides steps not yet shown from screen readers', async () => {
    const wrapper = mount(HouseAnalogy)
    const figure = wrapper.get('[role="img"]')
    expect(figure.attributes('aria-label')).toBe(analogyAlt(houseAnalogy))
    expect(figure.attributes('aria-label')).toContain('Host OS kernel')
    await at(1)
    const hidden = (selector: string): (string | undefined)[] => wrapper.findAll(selector).map(el => el.attributes('aria-hidden'))
    expect(hidden('.part')).toEqual([undefined, 'true', 'true', 'true'])
    expect(hidden('.tags')).toEqual([undefined, 'true', 'true', 'true'])
    expect(wrapper.get('[data-caption]').attributes('aria-live')).toBe('polite')
  })

  it('draws at 1:1 (viewBox = size), so a 16 px label is 16 px on the canvas', () => {
    const wrapper = mount(HouseAnalogy)
    expect(wrapper.get('svg').attributes('viewBox')).toBe(`0 0 ${wrapper.get('svg').attributes('width')} ${wrapper.get('svg').attributes('height')}`)
  })

  it('follows the order of the data', async () => {
    const reordered: Analogy = { ...houseAnalogy, steps: [houseAnalogy.steps[3], houseAnalogy.steps[0]] }
    const wrapper = mount(HouseAnalogy, { props: { analogy: reordered } })
    expect(slidev.total).toBe(2)
    await at(1)
    expect(lit(wrapper)).toEqual(['household'])
    await at(2)
    expect(shownParts(wrapper)).toEqual(['ground', 'household'])
  })

  it('stops with an error that names the problem when the data is bad', () => {
    const bad = { ...houseAnalogy, steps: [{ ...houseAnalogy.steps[0], house: { part: 'the ground', kinds: ['bedrock'] } }] } as unknown as Analogy
    expect(() => mount(HouseAnalogy, { props: { analogy: bad } })).toThrow(/Analogy, step 1 \("ground"\), house: unknown layer kind "bedrock"; known kinds:/)
  })
})
