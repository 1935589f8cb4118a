import { describe, expect, it } from 'vitest'
import { checkTimeline } from '../composables/timeline'
import { sources } from './sources'
import { timeline, timelineEras } from './timeline'

function byId(id: string): (typeof timeline)[number] {
  const entry = timeline.find(e => e.id === id)
  if (!entry)
    throw new Error(`no timeline entry "${id}"`)
  return entry
}

describe('the timeline data', () => {
  it('passes the component\'s own checks', () => {
    expect(() => checkTimeline(timeline, timelineEras, Object.keys(sources))).not.toThrow()
  })

  it('cites a known source for every entry', () => {
    const unknown = timeline.filter(e => !Object.hasOwn(sources, e.source)).map(e => `${e.id}: ${e.source}`)
    expect(unknown).toEqual([])
  })

  it('keeps each lane in year order', () => {
    for (const lane of ['vm', 'container', 'both'] as const) {
      const years = timeline.filter(e => e.lane === lane).map(e => e.year)
      expect(years, lane).toEqual([...years].sort((a, b) => a - b))
    }
  })

  it('has no duplicate ids or titles', () => {
    const ids = timeline.map(e => e.id)
    const titles = timeline.map(e => e.title)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([])
  })

  it('puts every entry in an era that covers its year, and every era has entries', () => {
    for (const entry of timeline) {
      const era = timelineEras.find(e => e.no === entry.era)!
      expect(entry.year, entry.id).toBeGreaterThanOrEqual(era.from)
      expect(entry.year, entry.id).toBeLessThanOrEqual(era.to)
    }
    for (const era of timelineEras)
      expect(timeline.some(e => e.era === era.no), `era ${era.no}`).toBe(true)
  })

  it('shows each date\'s first year in its label, and keeps labels and details short enough for one line', () => {
    for (const entry of timeline) {
      expect(entry.yearLabel, entry.id).toContain(String(entry.year))
      expect(entry.title.length, entry.id).toBeLessThanOrEqual(20)
      expect(entry.detail.length, entry.id).toBeLessThanOrEqual(60)
    }
  })

  it('covers the fact sheet\'s entries in both lanes and where they meet', () => {
    const lanes = Object.fromEntries((['vm', 'container', 'both'] as const).map(lane => [lane, timeline.filter(e => e.lane === lane).map(e => e.id)]))
    expect(lanes.vm).toEqual(['cp-40', 'cp-67', 'vm-370', 'vmware-workstation', 'esx-server', 'xen', 'intel-vt-x', 'amd-v', 'kvm'])
    expect(lanes.container).toEqual(['chroot', 'freebsd-jails', 'linux-namespaces', 'solaris-zones', 'openvz', 'cgroups', 'lxc', 'docker', 'kubernetes', 'oci'])
    // The lanes meet where a container's workflow runs behind a VM's wall, not at Kubernetes or the OCI.
    expect(lanes.both).toEqual(['kata-containers', 'gvisor', 'firecracker'])
    expect(timelineEras.find(era => era.title === 'The lanes meet')?.from).toBe(2017)
  })
})

describe('disputed dates use the fact sheet\'s recommended wording', () => {
  it('chroot: V7 Unix 1979, and BSD 1982', () => {
    const chroot = byId('chroot')
    expect(chroot.year).toBe(1979)
    expect(chroot.yearLabel).toMatch(/1979.*1982/)
    expect(chroot.detail).toMatch(/V7.*1979.*BSD.*1982/)
  })

  it('solaris Zones: 2004, the Solaris 10 launch (Nov 2004), cited to a 2004 publication, not a later book', () => {
    const zones = byId('solaris-zones')
    expect(zones.year).toBe(2004)
    expect(zones.yearLabel).toBe('2004')
    expect(zones.detail).toMatch(/Solaris 10.*Nov 2004/)
    expect(zones.source).toBe('solaris10-launch')
    expect(sources['solaris10-launch'].where).toMatch(/Nov 2004/)
  })

  it('docker: "March 2013", no day (the talk date is disputed), and LXC underneath until 2014', () => {
    const docker = byId('docker')
    expect(docker.year).toBe(2013)
    expect(docker.yearLabel).toBe('March 2013')
    expect(docker.detail).toContain('LXC until 2014')
  })

  it('oCI: founded June 2015, with the specs at 1.0 in July 2017 (not runc 1.0)', () => {
    const oci = byId('oci')
    expect(oci.year).toBe(2015)
    expect(oci.title).toContain('founded')
    expect(oci.detail).toMatch(/June 2015.*specs 1\.0 in July 2017/)
  })

  it('hardware assistance: VT-x 2005, AMD-V 2006; KVM in Linux 2.6.20, 2007', () => {
    expect([byId('intel-vt-x').year, byId('amd-v').year, byId('kvm').year]).toEqual([2005, 2006, 2007])
    expect(byId('kvm').detail).toContain('2.6.20')
  })
})
