import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import AnswerKey from '../../components/AnswerKey.vue'
import Glossary from '../../components/Glossary.vue'
import Scorecard from '../../components/Scorecard.vue'
import Term from '../../components/Term.vue'
import { glossary } from '../../data/glossary'
import { isolationGoals } from '../../data/goals'
import { quiz } from '../../data/quiz'
import { scorecard } from '../../data/scorecard'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

describe('term: a term used before its slide, with its gloss', () => {
  it('shows the glossary\'s term and its short gloss in brackets', () => {
    const wrapper = mount(Term, { props: { id: 'kernel' } })
    expect(wrapper.text()).toBe(`kernel (${glossary.kernel.gloss})`)
    expect(wrapper.get('dfn').text()).toBe('kernel')
  })

  it('takes other wording from its slot', () => {
    const wrapper = mount(Term, { props: { id: 'namespace' }, slots: { default: 'namespaces' } })
    expect(wrapper.text()).toBe(`namespaces (${glossary.namespace.gloss})`)
  })

  it('fails clearly for an unknown term', () => {
    expect(() => mount(Term, { props: { id: 'kernal' } })).toThrow('Term: no term "kernal" in data/glossary.ts')
  })
})

describe('glossary, AnswerKey and Scorecard', () => {
  beforeEach(() => {
    slidev.reset()
    slidev.slides.value = [{ no: 6, meta: { slide: { title: glossary.kernel.taughtOn } } }]
  })

  it('lists every glossary term once over its pages, A to Z, with the teaching slide\'s number', () => {
    const pages = [1, 2, 3].map(page => mount(Glossary, { props: { page, pages: 3 } }))
    const terms = pages.flatMap(p => p.findAll('dt').map(dt => dt.text()))
    expect(terms).toHaveLength(Object.keys(glossary).length)
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    const kernel = pages.flatMap(p => p.findAll('[data-term="kernel"]'))[0]
    expect(kernel.text()).toContain(glossary.kernel.definition)
    expect(kernel.get('dd').text()).toBe(`${glossary.kernel.definition} Slide 6.`)
    expect(() => mount(Glossary, { props: { page: 4, pages: 3 } })).toThrow('page must be a whole number from 1 to pages')
  })

  it('gives every self-check\'s answer and why in the answer key, numbered as in data/quiz.ts', () => {
    const pages = [1, 2, 3].map(page => mount(AnswerKey, { props: { page, pages: 3 } }))
    const items = pages.flatMap(p => p.findAll('li'))
    expect(items.map(li => li.attributes('data-answer'))).toEqual(quiz.map(q => q.id))
    for (const [i, q] of quiz.entries()) {
      expect(items[i].text()).toContain(`${q.answer}.`)
      expect(items[i].text()).toContain(q.why)
    }
    expect(pages[1].get('ol').attributes('start')).toBe(String(pages[0].findAll('li').length + 1))
  })

  it('gives each answer the number of the slide whose check asks it', () => {
    const first = quiz[0]
    slidev.slides.value = [{ no: 11, meta: { slide: { title: first.check } } }]
    const item = mount(AnswerKey, { props: { page: 1, pages: 4 } }).get(`[data-answer="${first.id}"]`)
    expect(item.get('.answer-prompt').text()).toBe(`Slide 11: ${first.prompt}`)
    slidev.slides.value = []
    expect(mount(AnswerKey, { props: { page: 1, pages: 4 } }).get(`[data-answer="${first.id}"] .answer-prompt`).text()).toBe(first.prompt)
  })

  it('scores the four goals one row per click, in words, registering four clicks', async () => {
    const wrapper = mount(Scorecard)
    expect(slidev.total).toBe(isolationGoals.length)
    const shown = (): string[] => wrapper.findAll('tbody tr').filter(tr => tr.attributes('data-state') !== 'hidden').map(tr => tr.get('th').text())
    expect(shown()).toEqual([])
    expect(wrapper.get('tbody tr').attributes('aria-hidden')).toBe('true')
    slidev.clicks.value = 2
    await nextTick()
    expect(shown()).toEqual(isolationGoals.slice(0, 2).map(goal => goal.title))
    slidev.clicks.value = 4
    await nextTick()
    const last = wrapper.findAll('tbody tr')[3]
    expect(last.text()).toContain(`Weaker: ${scorecard[3].container.how}`)
  })
})
