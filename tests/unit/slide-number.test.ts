import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import SlideTop from '../../slide-top.vue'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

describe('the slide number (slide-top.vue)', () => {
  beforeEach(() => slidev.reset())

  it('shows each slide\'s own number, read as "Slide N"', async () => {
    slidev.page.value = 19
    const wrapper = mount(SlideTop)
    await nextTick()
    expect(wrapper.find('[data-slide-number]').text()).toBe('Slide 19')
    expect(wrapper.find('.sr-only').text()).toBe('Slide')
  })

  it('leaves the cover without one', () => {
    slidev.page.value = 1
    expect(mount(SlideTop).find('[data-slide-number]').exists()).toBe(false)
  })

  it('says the study path beside the number: core, deep dive or reference', async () => {
    slidev.page.value = 23
    for (const [path, label] of [['core', 'core'], ['deep', 'deep dive'], ['reference', 'reference']]) {
      slidev.frontmatter.path = path
      const corner = mount(SlideTop).find('[data-slide-number]')
      await nextTick()
      expect(corner.attributes('data-path')).toBe(path)
      expect(corner.find('.slide-path').text()).toBe(`${label},`)
      expect(corner.text().replace(/\s+/g, ' ')).toBe(`${label}, Slide 23`)
    }
  })

  it('says no path where the deck sets none (the talk) or an unknown one', () => {
    slidev.page.value = 5
    expect(mount(SlideTop).find('.slide-path').exists()).toBe(false)
    slidev.frontmatter.path = 'optional'
    expect(mount(SlideTop).find('.slide-path').exists()).toBe(false)
  })
})
