import { describe, expect, it } from 'vitest'
import { isolationGoals } from './goals'
import { briefOpening, checkScorecard, scorecard } from './scorecard'
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

  it('gives each goal a brief that agrees with its scores: "both" only where the scores are alike', () => {
    expect(scorecard.map(row => [row.goal, briefOpening(row)])).toEqual([
      ['separate', 'both, a VM more strongly'],
      ['resources', 'both'],
      ['portable', 'both, in different ways'],
      ['protected', 'a VM'],
    ])
    const separate = scorecard[0]
    expect(() => checkScorecard([{ ...separate, brief: 'both' }, ...scorecard.slice(1)])).toThrow('the brief of "separate" ("both") disagrees with its scores (strong for a VM, good for a container); start it with "both, a VM more strongly"')
  })
})
