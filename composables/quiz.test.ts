import type { QuizQuestion } from './quiz'
import { describe, expect, it } from 'vitest'
import { quiz } from '../data/quiz'
import { defineQuiz, feedbackFor, focusAfterKey, questionById, slideNumberOf } from './quiz'

const good: QuizQuestion = {
  id: 'q',
  kind: 'sort',
  prompt: 'Which type?',
  options: ['Type 1', 'Type 2'],
  answer: 'Type 2',
  why: 'It runs on a host OS.',
  check: 'Check: type 1 or type 2?',
  taughtOn: 'Virtual machines: a computer made of software',
  sources: ['goldberg-thesis'],
}

function broken(change: Partial<Record<keyof QuizQuestion, unknown>>): QuizQuestion[] {
  return [{ ...good, ...change } as QuizQuestion]
}

describe('defineQuiz: the questions are checked when the deck loads', () => {
  it('accepts well-formed questions and returns them unchanged', () => {
    const questions = [good]
    expect(defineQuiz(questions)).toBe(questions)
  })

  it('names a missing field and how to fix it', () => {
    expect(() => defineQuiz(broken({ why: undefined }))).toThrow('question "q" has no "why": add it as a non-empty string.')
    expect(() => defineQuiz(broken({ taughtOn: '  ' }))).toThrow('has no "taughtOn"')
    expect(() => defineQuiz(broken({ check: undefined }))).toThrow('question "q" has no "check"')
    expect(() => defineQuiz(broken({ id: '' }))).toThrow('question 1 has no "id"')
  })

  it('says when the answer is not among the options', () => {
    expect(() => defineQuiz(broken({ answer: 'Type 3' }))).toThrow('the answer "Type 3" is not among its options ("Type 1", "Type 2"); copy it exactly.')
  })

  it('rejects too few, too many and repeated options, an unknown kind, an unknown source, a repeated id', () => {
    expect(() => defineQuiz(broken({ options: ['Type 2'] }))).toThrow('needs 2 to 4 options, has 1')
    expect(() => defineQuiz(broken({ options: ['a', 'b', 'c', 'd', 'Type 2'] }))).toThrow('has 5')
    expect(() => defineQuiz(broken({ options: ['Type 2', 'Type 2'] }))).toThrow('repeats an option')
    expect(() => defineQuiz(broken({ kind: 'essay' }))).toThrow('kind "essay"; use one of sort, see-or-use')
    expect(() => defineQuiz(broken({ sources: ['nowhere'] }))).toThrow('cites "nowhere", which is not in data/sources.ts')
    expect(() => defineQuiz(broken({ sources: [] }))).toThrow('cites no sources')
    expect(() => defineQuiz([good, good])).toThrow('question id "q" is used twice')
  })

  it('lists every problem at once', () => {
    expect(() => defineQuiz(broken({ why: '', answer: 'x' }))).toThrow('2 problem(s)')
  })
})

describe('the deck\'s questions', () => {
  it('number at least ten, and cover every kind of check the issue asks for', () => {
    expect(quiz.length).toBeGreaterThanOrEqual(10)
    expect(new Set(quiz.map(q => q.kind))).toEqual(new Set(['sort', 'see-or-use', 'predict', 'pick', 'first', 'recall', 'transfer']))
  })

  it('do not always put the right answer first', () => {
    expect(quiz.filter(q => q.options[0] !== q.answer).length).toBeGreaterThanOrEqual(quiz.length / 3)
  })
})

describe('feedback', () => {
  it('says right, and why', () => {
    expect(feedbackFor(good, 'Type 2')).toEqual({ correct: true, verdict: 'Right.', why: 'It runs on a host OS.' })
  })

  it('says wrong, gives the right answer, and why', () => {
    const feedback = feedbackFor(good, 'Type 1')
    expect(feedback.correct).toBe(false)
    expect(feedback.verdict).toBe('Not quite: the answer is “Type 2”.')
    expect(feedback.why).toBe(good.why)
  })

  it('refuses a choice that is not an option', () => {
    expect(() => feedbackFor(good, 'Type 9')).toThrow('"Type 9" is not one of its options')
  })
})

describe('keyboard focus in an option group', () => {
  it('moves with the arrows, wrapping at the ends, and jumps with Home and End', () => {
    expect(focusAfterKey('ArrowDown', 0, 3)).toBe(1)
    expect(focusAfterKey('ArrowRight', 2, 3)).toBe(0)
    expect(focusAfterKey('ArrowUp', 0, 3)).toBe(2)
    expect(focusAfterKey('ArrowLeft', 1, 3)).toBe(0)
    expect(focusAfterKey('Home', 2, 3)).toBe(0)
    expect(focusAfterKey('End', 0, 3)).toBe(2)
  })

  it('leaves other keys alone (Enter and Space answer through the button itself)', () => {
    expect(focusAfterKey('Enter', 0, 3)).toBeNull()
    expect(focusAfterKey(' ', 0, 3)).toBeNull()
    expect(focusAfterKey('a', 0, 3)).toBeNull()
  })
})

describe('finding things', () => {
  it('finds a question by id, or lists the ids there are', () => {
    expect(questionById([good], 'q')).toBe(good)
    expect(() => questionById([good], 'nope')).toThrow('no question "nope" in data/quiz.ts; known: q.')
  })

  it('finds the teaching slide by its title', () => {
    const slides = [{ no: 1, title: 'Cover' }, { no: 7, title: 'Virtual machines: a computer made of software' }]
    expect(slideNumberOf('Virtual machines: a computer made of software', slides)).toBe(7)
    expect(slideNumberOf('Missing', slides)).toBeNull()
  })
})
