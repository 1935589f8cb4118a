import { describe, expect, it } from 'vitest'
import { isolationGoals } from './goals'
import { checkScorecard, scorecard } from './scorecard'
import { sources } from './sources'

describe('scorecard', () => {
  it('scores every goal once, in order, with sources that exist', () => {
    expect(checkScorecard(scorecard).map(row => row.goal)).toEqual(isolationGoals.map(goal => goal.id))
    for (const row of scorecard)
      expect(row.sources.filter(id => !Object.hasOwn(sources, id))).toEqual([])
  })

  it('says what is wrong with a bad scorecard', () => {
    expect(() => checkScorecard([{ ...scorecard[0], goal: 'fast' }])).toThrow('unknown goal "fast"; goals are separate, resources, portable, protected')
    expect(() => checkScorecard(scorecard.slice(1))).toThrow('score every goal once, in the goals\' order')
  })

  it('keeps the chapter\'s trade-off: VMs protect better, containers share more', () => {
    const protect = scorecard.find(row => row.goal === 'protected')!
    expect([protect.vm.score, protect.container.score]).toEqual(['strong', 'weaker'])
  })
})
