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
})
