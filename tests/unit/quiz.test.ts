import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import Quiz from '../../components/Quiz.vue'
import { questionById } from '../../composables/quiz'
import { quiz } from '../../data/quiz'
import { slidev } from '../support/slidev-client'

vi.mock('@slidev/client', () => import('../support/slidev-client'))

const question = questionById(quiz, 'type-virtualbox')
const wrong = question.options.find(o => o !== question.answer)!

function mountQuiz(id = question.id): ReturnType<typeof mount> {
  return mount(Quiz, { props: { id }, attachTo: document.body })
}

describe('quiz', () => {
  beforeEach(() => {
    slidev.reset()
    document.body.innerHTML = ''
    slidev.slides.value = [
      { no: 1, meta: { slide: { title: 'Cover' } } },
      { no: 9, meta: { slide: { title: question.taughtOn } } },
    ]
  })

  it('shows the question and its options as buttons, with no feedback yet, and registers no clicks', () => {
    const wrapper = mountQuiz()
    expect(wrapper.get('.quiz-prompt').text()).toBe(question.prompt)
    expect(wrapper.findAll('button.quiz-option').map(b => b.text())).toEqual(question.options)
    expect(wrapper.get('[data-feedback]').text()).toBe('')
    expect(slidev.registrations).toBe(0)
  })

  it('says right, why, and links to the teaching slide when the right option is clicked', async () => {
    const wrapper = mountQuiz()
    await wrapper.findAll('button.quiz-option').find(b => b.text() === question.answer)!.trigger('click')
    const feedback = wrapper.get('[data-feedback]')
    expect(feedback.attributes('aria-live')).toBe('polite')
    expect(feedback.text()).toContain('Right.')
    expect(feedback.text()).toContain(question.why)
    expect(feedback.get('.cite').text()).toMatch(/^\[\d+(, \d+)*\]$/)
    expect(feedback.get('.cite a').attributes('href')).toMatch(/^https:\/\//)
    const link = feedback.get('.quiz-taught a')
    expect(link.text()).toBe(`“${question.taughtOn}” (slide 9)`)
    await link.trigger('click')
    expect(slidev.wentTo).toEqual([9])
    expect(wrapper.get('.quiz').attributes('data-answered')).toBe('right')
  })

  it('says wrong and gives the right answer when a wrong option is chosen, and lets the learner try again', async () => {
    const wrapper = mountQuiz()
    const option = (text: string) => wrapper.findAll('button.quiz-option').find(b => b.text().endsWith(text))!
    await option(wrong).trigger('click')
    expect(wrapper.get('[data-feedback]').text()).toContain(`Not quite: the answer is “${question.answer}”.`)
    expect(option(wrong).attributes('data-verdict')).toBe('wrong')
    expect(option(wrong).attributes('aria-pressed')).toBe('true')
    expect(option(question.answer).attributes('data-verdict'), 'the right option is marked too').toBe('answer')
    await option(question.answer).trigger('click')
    expect(wrapper.get('[data-feedback]').text()).toContain('Right.')
    expect(option(wrong).attributes('aria-pressed')).toBe('false')
  })

  it('moves focus with the arrow keys (one tab stop), and answers with Enter on the focused option', async () => {
    const wrapper = mountQuiz('syscall-path')
    const buttons = wrapper.findAll('button.quiz-option')
    expect(buttons.map(b => b.attributes('tabindex'))).toEqual(['0', '-1', '-1'])
    ;(buttons[0].element as HTMLButtonElement).focus()
    await buttons[0].trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(buttons[1].element)
    expect(buttons.map(b => b.attributes('tabindex'))).toEqual(['-1', '0', '-1'])
    await buttons[1].trigger('keydown', { key: 'ArrowUp' })
    await buttons[0].trigger('keydown', { key: 'ArrowUp' })
    expect(document.activeElement).toBe(buttons[2].element)
    // A browser turns Enter or Space on a focused button into a click with detail 0.
    await buttons[2].trigger('click', { detail: 0 })
    expect(wrapper.get('[data-feedback]').text()).toContain('Not quite')
    expect(document.activeElement, 'a keyboard answer keeps focus in the group').toBe(buttons[2].element)
  })

  it('stops the arrow keys it handles from reaching the deck, and leaves other keys alone', async () => {
    const wrapper = mountQuiz()
    const seen: string[] = []
    const listener = (e: KeyboardEvent): void => {
      seen.push(e.key)
    }
    window.addEventListener('keydown', listener)
    const button = wrapper.findAll('button.quiz-option')[0]
    await button.trigger('keydown', { key: 'ArrowRight' })
    await button.trigger('keydown', { key: 'x' })
    window.removeEventListener('keydown', listener)
    expect(seen).toEqual(['x'])
  })

  it('hands the keys back to the deck after a mouse answer, and on Escape', async () => {
    const wrapper = mountQuiz()
    const button = wrapper.findAll('button.quiz-option')[1]
    ;(button.element as HTMLButtonElement).focus()
    await button.trigger('click', { detail: 1 })
    expect(document.activeElement).not.toBe(button.element)
    ;(button.element as HTMLButtonElement).focus()
    await button.trigger('keydown', { key: 'Escape' })
    expect(document.activeElement).not.toBe(button.element)
  })

  it('printed, shows the question and every option but no answer, and points to the answer key', async () => {
    slidev.printMode.value = true
    const wrapper = mountQuiz()
    await nextTick()
    expect(wrapper.findAll('button.quiz-option').map(b => b.text())).toEqual(question.options)
    expect(wrapper.findAll('[data-verdict]')).toHaveLength(0)
    expect(wrapper.findAll('button.quiz-option').every(b => b.attributes('disabled') !== undefined)).toBe(true)
    expect(wrapper.get('[data-feedback]').text()).toBe('Answer: see “Self-check answers” at the end.')
    expect(wrapper.text()).not.toContain(question.why)
  })

  it('names the teaching slide without a link when the deck has no slide of that title', async () => {
    slidev.slides.value = []
    const wrapper = mountQuiz()
    await wrapper.findAll('button.quiz-option')[0].trigger('click')
    expect(wrapper.find('.quiz-taught a').exists()).toBe(false)
    expect(wrapper.get('[data-feedback]').text()).toContain(`“${question.taughtOn}”`)
  })

  it('fails clearly for an unknown question id', () => {
    expect(() => mount(Quiz, { props: { id: 'nope' } })).toThrow('no question "nope" in data/quiz.ts')
  })
})

describe('each question is asked on the check slide it names', () => {
  it('the slide titled by `check` draws it, and every <Quiz> in the deck is in the slide its question names', async () => {
    const { loadDeck } = await import('../../scripts/deck-structure')
    const deck = await loadDeck()
    const asked = deck.slides.flatMap(slide => [...slide.content.matchAll(/<Quiz\s+id="([\w-]+)"/g)].map(m => ({ id: m[1], title: slide.title })))
    expect(asked.map(a => a.id).sort()).toEqual(quiz.map(q => q.id).sort())
    const wrong = asked.filter(a => questionById(quiz, a.id).check !== a.title).map(a => `${a.id}: asked on "${a.title}", check says "${questionById(quiz, a.id).check}"`)
    expect(wrong).toEqual([])
  })

  it('ends the checks with a mixed one of transfer questions: memory, a Mac, another CPU, root', () => {
    const mixed = quiz.filter(q => q.kind === 'transfer')
    expect(mixed.map(q => q.answer)).toEqual(['Its memory cgroup', 'In a Linux VM', 'It runs only under emulation, slower', 'root'])
    expect(quiz.slice(-mixed.length)).toEqual(mixed)
    const root = mixed.at(-1)!
    expect(root.prompt, 'no hint: the question does not say there is no user namespace').not.toMatch(/user namespace|UID/i)
  })
})
