/**
 * Claims the independent fact-check of issue 19 (§3 and §4) found wrong, simplified without
 * saying so, or cited to a source that does not support them. Each case names the item
 * and the source of the correction, and fails if the old wording comes back. The text scanned is
 * everything a viewer or reader can meet: every page and entry (slides and notes), and the data
 * and components the slides draw.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analogyLimits, houseAnalogy } from '../../data/analogy'
import { containerCharacteristics, vmCharacteristics } from '../../data/characteristics'
import { startupMeasures } from '../../data/comparison'
import { glossary } from '../../data/glossary'
import { quiz } from '../../data/quiz'
import { sources } from '../../data/sources'
import { stacks } from '../../data/stacks'
import { timeline } from '../../data/timeline'
import { tryCapture } from '../../data/try-it'
import { tryCommands } from '../../data/try-it-commands'
import { loadDeck } from '../../scripts/deck-structure'

const root = join(__dirname, '../..')

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(join(root, dir)).filter(f => f.endsWith(ext) && !f.endsWith('.test.ts')).map(f => join(dir, f))
}

/** Every text file a viewer's words come from, with its path. */
const files = [
  'slides.md',
  'talk.md',
  ...filesIn('pages', '.md'),
  ...filesIn('data', '.ts'),
  ...filesIn('components', '.vue'),
].map(path => ({ path, text: readFileSync(join(root, path), 'utf8') }))

const page = (name: string): string => files.find(f => f.path === `pages/${name}`)!.text

/** The part of a page a viewer sees on the slide: everything but the notes. */
function slideBody(md: string, title: string): string {
  const start = md.indexOf(`# ${title}`)
  expect(start, `a slide titled "${title}"`).toBeGreaterThanOrEqual(0)
  const rest = md.slice(start)
  return rest.slice(0, rest.indexOf('<!--'))
}

/** Files (with the matching text) where `pattern` occurs. */
function where(pattern: RegExp): string[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`
  return files.flatMap(f => [...f.text.matchAll(new RegExp(pattern.source, flags))].map(m => `${f.path}: …${m[0]}…`))
}

/** Each occurrence of `pattern` with `span` characters either side that lacks `context`. */
function withoutContext(pattern: RegExp, context: RegExp, span: number): string[] {
  return files.flatMap(f => [...f.text.matchAll(new RegExp(pattern.source, 'g'))]
    .map(m => f.text.slice(Math.max(0, m.index! - span), m.index! + m[0].length + span))
    .filter(around => !context.test(around))
    .map(around => `${f.path}: …${around.replace(/\s+/g, ' ')}…`))
}

const cardText = (cards: typeof vmCharacteristics): string => cards.map(c => `${c.title} ${c.body} ${c.note?.label ?? ''} ${c.note?.text ?? ''}`).join('\n')

describe('issue 19 §4, wrong: corrected claims stay corrected', () => {
  it('systemd-detect-virt prints "docker" when /.dockerenv exists, not "only inside a container" (systemd src/basic/virt.c)', () => {
    expect(where(/only inside a container/i)).toEqual([])
    expect(page('09-try-it.md')).toContain('/.dockerenv')
    expect(sources['systemd-virt'].url).toMatch(/^https:\/\/github\.com\/systemd\/systemd\//)
  })

  it('the capture machine was a microVM whose files came from a Docker image, not "a container inside a VM" (try-it capture: kernel 6.18…-fc, /.dockerenv)', () => {
    const detect = tryCommands.find(c => c.id === 'detect-virt')!
    expect(detect.point).not.toMatch(/container inside a VM/i)
    expect(where(/machine that captured[^.]*is itself a container/i)).toEqual([])
  })

  it('the Quark test\'s 0.6 s runs from launch to the container\'s first command, cleanup not counted: not "end to end" or "a whole docker run" (Quark, doc/perf_test.md)', () => {
    expect(where(/whole docker run/i)).toEqual([])
    expect(withoutContext(/end to end|end-to-end/i, /^(?![\s\S]*(?:docker run|0\.6 s|607))/i, 200)).toEqual([])
  })

  it('a guest can tell its hardware is virtual (CPUID hypervisor bit): not "cannot easily tell" (Microsoft TLFS, feature discovery)', () => {
    expect(where(/cannot (easily )?tell/i)).toEqual([])
    expect(page('02-virtual-machines.md')).toMatch(/hypervisor (present"? )?bit/)
  })

  it('the Firecracker VMM has a serial port and an i8042, so it is "no other devices", not "no legacy devices" (Firecracker repository)', () => {
    expect(where(/no legacy devices/i)).toEqual([])
  })
})

describe('issue 19 §4, simplified without saying so: now said', () => {
  it('125 ms is Firecracker\'s specification bound: every use names Firecracker or its specification (Firecracker SPECIFICATION.md)', () => {
    expect(withoutContext(/125\s?ms/, /Firecracker|specification|\bspec\b/i, 160)).toEqual([])
    expect(where(/a minimal VM (reaches init|at most 125)/i)).toEqual([])
  })

  it('the Solaris 10 of the timeline was announced in Nov 2004 and released in Jan 2005 (OSNews; Solaris Containers)', () => {
    expect(where(/launched (in )?Nov(ember)? 2004/i)).toEqual([])
    expect(timeline.find(e => e.id === 'solaris-zones')!.detail).toMatch(/announced Nov 2004/)
    expect(page('07-history.md')).toMatch(/released in January 2005/)
  })

  it('the syscall-path check asks about a default (runc) container: its distractors are right for Kata and gVisor', () => {
    expect(quiz.find(q => q.id === 'syscall-path')!.prompt).toMatch(/default \(runc\) container/)
  })

  it('the uname check holds for Docker Engine, not Docker Desktop (Docker Desktop for Linux FAQ)', () => {
    expect(quiz.find(q => q.id === 'uname')!.prompt).toMatch(/Docker Engine/)
  })

  it('the firmware boots first, not ESXi: not "the first thing the machine boots"', () => {
    expect(where(/first thing the machine boots/i)).toEqual([])
  })

  it('the Firecracker device list says it is not complete (balloon, entropy, pmem: Firecracker docs)', () => {
    expect(page('08-in-practice.md')).toMatch(/balloon/)
  })

  it('the Depot blog\'s stock cloud image took 7–9 s, not "a few seconds" (Depot engineering blog)', () => {
    expect(where(/cloud image[^.]{0,30}a few seconds/i)).toEqual([])
  })

  it('system calls are the usual door into the kernel, not the only one (faults, interrupts, the vDSO)', () => {
    expect(where(/\b(only|one) door\b/i)).toEqual([])
  })

  it('the firmware and a bootloader run before the kernel: not "loaded first at boot"', () => {
    expect(where(/loaded first at boot/i)).toEqual([])
  })

  it('a user namespace takes the power out of a runtime escape, not out of a kernel exploit (user_namespaces(7))', () => {
    expect(where(/(?<!runtime )\ban escape lands\b/i)).toEqual([])
    expect(slideBody(page('root.md'), 'Root in a container')).toMatch(/runtime escape/)
  })

  it('images under the OCI do not run under any runtime anywhere: OS and CPU architecture must match (Docker multi-platform; manifest v2)', () => {
    expect(where(/any runtime can run any image/i)).toEqual([])
  })

  it('containerd pulls images under Docker only with the containerd image store (Docker docs)', () => {
    expect(glossary.containerd.definition).toMatch(/containerd image store/)
  })

  it('a microVM has no firmware only with direct kernel boot', () => {
    expect(glossary.microvm.definition).toMatch(/direct/)
  })

  it('a VM starts in milliseconds to minutes, as the rest of the deck says: not "seconds to minutes"', () => {
    expect(where(/(?<!milli)seconds to minutes/i)).toEqual([])
  })

  it('one image runs on hosts with a compatible kernel and CPU, not "everywhere your kernel does"', () => {
    expect(where(/everywhere your kernel does/i)).toEqual([])
  })

  it('namespaces came a kind or two at a time: UTS with IPC, PID with network (namespaces(7))', () => {
    expect(where(/one kind at a time/i)).toEqual([])
  })

  it('ubuntu:24.04\'s 78 MB is dated: every use says 2026 nearby (docker-library repo-info)', () => {
    expect(withoutContext(/78 MB/, /2026/, 300)).toEqual([])
  })

  it('libc is the usual, not the only, path to a system call', () => {
    expect(where(/libc, is the one/i)).toEqual([])
    expect(where(/libc turns a function call/i)).toEqual([])
  })

  it('1983–1998 were not "quiet years" (the axis just skips them)', () => {
    expect(where(/quiet years/i)).toEqual([])
  })
})

describe('issue 19 §4, citations that support their claims', () => {
  it('"14 of 41 capabilities" cites capabilities(7) for the 41', () => {
    expect(page('root.md')).toMatch(/of 41 <Cite id="[^"]*\bman-capabilities\b/)
    expect(glossary.capabilities.sources).toContain('man-capabilities')
  })

  it('trap-and-emulate is cited to Popek–Goldberg or Adams–Agesen, not to product-launch news', () => {
    expect(where(/traps? a guest's sensitive operations[^.]*\(Nikkei/i)).toEqual([])
    expect(vmCharacteristics.find(c => c.id === 'strong-isolation')!.sources).toEqual(expect.arrayContaining(['adams-agesen']))
  })

  it('the Dirty COW container escape is cited to a primary write-up, not a Q&A site', () => {
    expect(sources['dirty-cow'].url).not.toMatch(/securityscientist/)
    expect(where(/Security Scientist/)).toEqual([])
  })

  it('no unmeasured "about 6 seconds" for unpacking the kernel', () => {
    expect(where(/6 seconds go to/i)).toEqual([])
  })

  it('chroot\'s 1982 BSD date has its own source on the timeline (Kamp and Watson, quoting McKusick)', () => {
    expect(timeline.find(e => e.id === 'chroot')!.alsoSources).toContain('jails-paper')
  })
})

describe('issue 19 §3, the study deck: said on the slide', () => {
  it('the start-up chart says what each bar stops at: the microVM at init, docker run at its command\'s output', () => {
    expect(startupMeasures.find(m => m.id === 'microvm')!.label).toMatch(/to init/)
    expect(startupMeasures.find(m => m.id === 'docker-run')!.label).toMatch(/to (its )?output/)
    expect(slideBody(page('06-comparison.md'), 'Start-up, measured')).toMatch(/not like for like/i)
  })

  it('the start-up slide answers "how much longer does a VM take to start?" in one plain sentence', () => {
    expect(slideBody(page('06-comparison.md'), 'Start-up, measured')).toMatch(/class="startup-answer"/)
  })

  it('the start-up check tests understanding, not the chart\'s order', () => {
    expect(quiz.find(q => q.id === 'predict-order')!.prompt).not.toMatch(/fastest first/i)
  })

  it('no CVE number or disclosure date on a card: they stay in the notes and references', () => {
    const cards = cardText([...vmCharacteristics, ...containerCharacteristics, ...analogyLimits])
    expect(cards).not.toMatch(/CVE-\d{4}/)
    expect(cards).not.toMatch(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{4}/)
  })

  it('"50 of 88" says on its card what it does and does not mean (Lin et al. 2018)', () => {
    const card = containerCharacteristics.find(c => c.id === 'less-isolation')!
    expect(card.note!.text).toMatch(/50 of 88/)
    expect(card.note!.text).toMatch(/\bnot\b/i)
  })

  it('the type of KVM is said on a slide, with why; the hypervisor and the VMM are told apart', () => {
    // The bare-metal variant's caption: shown beside the stack at the VM slide's last click.
    const captions = JSON.stringify(stacks['vm-hosted'])
    expect(captions, 'a caption on the VM slide, which shows at its click').toMatch(/KVM counts as type 1[^.]*: there the Linux kernel is the hypervisor/)
    expect(glossary.vmm.definition).toMatch(/hypervisor/)
  })

  it('"with the CPU\'s help" is said in one sentence on the VM card: a guest\'s sensitive instructions trap to the hypervisor', () => {
    expect(cardText(vmCharacteristics)).toMatch(/trap/)
  })

  it('the system-call journey is marked as the KVM/hosted path and as simplified', () => {
    const body = slideBody(page('syscall-journey.md'), 'One system call, two journeys')
    expect(body).toMatch(/KVM|hosted/)
    expect(body).toMatch(/simplified/i)
  })

  it('the eight namespace kinds are listed once on a slide, IPC included (namespaces(7))', () => {
    const body = slideBody(page('03-containers.md'), 'A container is a process, fenced in')
    for (const kind of ['mount', 'UTS', 'IPC', 'PID', 'network', 'user', 'cgroup', 'time'])
      expect(body, kind).toMatch(new RegExp(`\\b${kind}\\b`))
  })

  it('the cgroup namespace is told apart from cgroups', () => {
    expect(page('03-containers.md')).toMatch(/cgroup namespace/)
  })

  it('the lsns example shows a container\'s own namespaces (captured output)', () => {
    const run = tryCapture.runs.find(r => r.id === 'lsns')!
    expect(run.command).toMatch(/unshare/)
    const procs = (type: string): number => Number(run.output.match(new RegExp(`^${type}\\s+(\\d+)`, 'm'))![1])
    expect(procs('uts'), 'the container\'s own UTS namespace holds only its processes').toBeLessThan(5)
    expect(procs('user'), 'the shared user namespace holds the host\'s').toBeGreaterThan(20)
  })

  it('the LSM is spelled out where it is first used, in deck order (slide or notes), and on the slide that teaches it', async () => {
    const deck = await loadDeck()
    const first = deck.slides.find(s => /\bLSM\b/.test(`${s.content}\n${s.note}`))!
    expect(`${first.content}\n${first.note}`, first.title).toMatch(/LSM \(a? ?Linux Security Module/)
    expect(slideBody(page('root.md'), 'Root in a container')).toMatch(/LSM \(Linux Security Module/)
  })

  it('the house\'s electricity, in the data, is on the page', () => {
    const utilities = houseAnalogy.steps.find(s => s.id === 'utilities')!
    expect(utilities.caption).toMatch(/electricity/)
  })

  it('the glossary has the terms a newcomer meets undefined', () => {
    const terms = Object.values(glossary).map(e => e.term).join('\n')
    for (const term of ['container', 'virtual machine', 'Docker', 'chroot', 'snapshot', 'init', 'VT-x', 'volume', 'Dockerfile', 'paravirtualization', 'disk image'])
      expect(terms, term).toMatch(new RegExp(`^${term}\\b`, 'im'))
  })
})
