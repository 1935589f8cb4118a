import type { Source, SourceId } from './sources'
import type { TimelineEntry } from './timeline'
import { describe, expect, it } from 'vitest'
import { sources } from './sources'
import { timeline } from './timeline'

/**
 * The dates issue 7 corrected, each against the publication it comes from, and one rule for
 * every date on the timeline: a source cannot vouch for an event after it was published (a 2005
 * article that predicts a 2006 launch is not a source for the launch).
 */

function entry(id: string): TimelineEntry {
  const found = timeline.find(e => e.id === id)
  if (!found)
    throw new Error(`no timeline entry "${id}" in data/timeline.ts`)
  return found
}

function source(id: SourceId): Source {
  return sources[id]
}

/** Every four-digit year (1900–2099) written in a piece of text. */
function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(19|20)\d{2}\b/g)].map(m => Number(m[0]))
}

/** The year a source was published: the last year in its `where` (e.g. 'SHARE 89, 1989/1997' → 1997). */
function publishedIn(s: Source): number | undefined {
  return yearsIn(s.where).at(-1)
}

describe('the corrected dates (issue 7)', () => {
  it('kVM: merged in December 2006, shipped in Linux 2.6.20 in February 2007, each from a source of its time', () => {
    const kvm = entry('kvm')
    expect(kvm.year).toBe(2007)
    expect(kvm.detail).toMatch(/merged Dec 2006/)
    expect(kvm.detail).toMatch(/2\.6\.20, Feb 2007/)
    expect(kvm.source).toBe('kvm-2620')
    expect(source('kvm-2620').where).toMatch(/5 Feb 2007/)
    expect(kvm.alsoSources).toContain('kvm-merge')
    expect(source('kvm-merge').title).toMatch(/10 Dec 2006/)
    expect(source('kvm-merge').url).toMatch(/^https:\/\/git\.kernel\.org\/.*6aa8b732ca01c3d7a54e93f4d701b8aabbe60fb7$/)
  })

  it('cP-40: work began in late 1964, production use in January 1967 (not "ran VMs from 1964")', () => {
    const cp40 = entry('cp-40')
    expect(cp40.year).toBe(1964)
    expect(cp40.yearLabel).toBe('1964–67')
    expect(cp40.detail).toMatch(/late 1964/)
    expect(cp40.detail).toMatch(/Jan 1967/)
    expect([cp40.source, ...(cp40.alsoSources ?? [])]).toContain('varian-vm-history')
  })

  it('linux namespaces: from mount (2002) to cgroup (2016) and time (2020), not "2002–13"', () => {
    const ns = entry('linux-namespaces')
    expect(ns.yearLabel).toBe('2002–20')
    expect(ns.detail).toMatch(/mount 2002/)
    expect(ns.detail).toMatch(/cgroup 2016/)
    expect(ns.detail).toMatch(/time 2020/)
    expect(publishedIn(source(ns.source))).toBeGreaterThanOrEqual(2020)
  })

  it('aMD-V: first CPUs May 2006, cited to a publication from after the launch, not the 2005 CRN preview', () => {
    const amd = entry('amd-v')
    expect(amd.detail).toMatch(/May 2006/)
    expect(source(amd.source).by).not.toMatch(/CRN/)
    expect(publishedIn(source(amd.source))).toBeGreaterThanOrEqual(2006)
    expect(source(amd.source).title).toMatch(/May 2006/)
  })

  it('solaris Zones: the November 2004 launch of Solaris 10, cited to an article of that month', () => {
    const zones = entry('solaris-zones')
    expect(zones.detail).toMatch(/Nov 2004/)
    expect(source(zones.source).where).toMatch(/Nov 2004/)
    expect(Object.keys(sources)).not.toContain('zones-history')
  })
})

describe('every timeline date has a source that could know it', () => {
  for (const e of timeline) {
    it(`${e.id}: each cited source was published no earlier than the latest year the entry states`, () => {
      const stated = Math.max(e.year, ...yearsIn(`${e.yearLabel} ${e.detail}`))
      const cited = [e.source, ...(e.alsoSources ?? [])].map(id => [id, source(id)] as const)
      for (const [id, s] of cited) {
        const year = publishedIn(s)
        if (year === undefined) {
          // A living record (a repository's history, a project wiki) has no single year; it must be followable.
          expect(s.url, `${id} has no publication year, so it needs an address`).toMatch(/^https:\/\//)
          continue
        }
        expect(year, `${id} (${s.where}) is cited for ${stated}`).toBeGreaterThanOrEqual(stated)
      }
      expect(cited.some(([, s]) => publishedIn(s) !== undefined || s.url), `${e.id} needs a dated or addressable source`).toBe(true)
    })
  }
})
