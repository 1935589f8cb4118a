import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import StepCaptions from '../../components/StepCaptions.vue'

const captions = ['The CLI starts.', 'It asks the daemon.', 'The daemon starts the app.']
const texts = (wrapper: ReturnType<typeof mount>): string[] => wrapper.findAll('[data-caption]').map(c => c.text())

describe('step captions', () => {
  it('on screen shows only the current step\'s caption, in a polite live region, and follows the step', async () => {
    const wrapper = mount(StepCaptions, { props: { captions, step: 0, all: false } })
    expect(texts(wrapper)).toEqual([captions[0]])
    expect(wrapper.attributes('aria-live')).toBe('polite')
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
    await wrapper.setProps({ step: 2 })
    expect(texts(wrapper)).toEqual([captions[2]])
  })

  it('with an intro, says it before the first click, marked as the intro, then caption n at step n', async () => {
    const wrapper = mount(StepCaptions, { props: { captions, step: 0, all: false, intro: 'Follow the call.' } })
    expect(texts(wrapper)).toEqual(['Follow the call.'])
    expect(wrapper.get('[data-caption]').attributes('data-intro')).toBeDefined()
    await wrapper.setProps({ step: 1 })
    expect(texts(wrapper)).toEqual([captions[0]])
    expect(wrapper.get('[data-caption]').attributes('data-intro')).toBeUndefined()
  })

  it('on a handout page lists every caption in order, without the intro, whatever the step', async () => {
    const wrapper = mount(StepCaptions, { props: { captions, step: 1, all: true, intro: 'Follow the call.' } })
    expect(wrapper.findAll('[data-handout] > li[data-caption]').map(li => li.text())).toEqual(captions)
    expect(wrapper.get('[data-handout]').element.tagName).toBe('OL')
    await wrapper.setProps({ all: false })
    expect(wrapper.find('[data-handout]').exists()).toBe(false)
    expect(texts(wrapper)).toEqual([captions[0]])
  })

  it('draws the handout list as bars, numbers or one column per caption', () => {
    const list = (props: Record<string, unknown>) => mount(StepCaptions, { props: { captions, step: 0, all: true, ...props } }).get('[data-handout]')
    expect(list({}).findAll('li.step-caption')).toHaveLength(3)
    const numbers = list({ list: 'numbers' })
    expect(numbers.attributes('data-list')).toBe('numbers')
    expect(numbers.findAll('li.step-caption')).toHaveLength(0)
    expect(list({ list: 'columns' }).attributes('style')).toContain('grid-template-columns: repeat(3, minmax(0, 1fr))')
  })

  it('is an aside beside a figure or a div under one', () => {
    expect(mount(StepCaptions, { props: { captions, step: 0, all: false, as: 'aside' } }).element.tagName).toBe('ASIDE')
    expect(mount(StepCaptions, { props: { captions, step: 0, all: false } }).element.tagName).toBe('DIV')
  })

  it('draws a caption through its slot, on screen and on a handout page', async () => {
    const eras = [{ no: 1, title: 'Mainframes' }, { no: 2, title: 'The PC' }]
    const wrapper = mount(StepCaptions, {
      props: { captions: eras, step: 2, all: false, intro: 'Two eras.' },
      slots: { default: ({ caption, index }: { caption: unknown, index: number }) => h('strong', `${index + 1}. ${(caption as typeof eras[number]).title}`) },
    })
    expect(wrapper.get('[data-caption] strong').text()).toBe('2. The PC')
    await wrapper.setProps({ all: true })
    expect(wrapper.findAll('[data-handout] strong').map(s => s.text())).toEqual(['1. Mainframes', '2. The PC'])
  })

  it('says so when a step has no caption', () => {
    expect(() => mount(StepCaptions, { props: { captions, step: 3, all: false } })).toThrow(/step 3 has no caption: 3 captions cover steps 0–2/)
  })
})
