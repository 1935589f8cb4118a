import type { RevealCard } from './cards'
import type { LayerKind } from './layers'
import { isLayerKind, layerKinds } from './layers'

/**
 * The chapter's analogy: a VM is a house with its own foundation, plumbing and electricity; a
 * container is an apartment (a flat) in a building that shares them. Drawn by
 * components/HouseAnalogy.vue, one step per click, each lighting one part of both drawings in
 * the colours of the stack diagrams' layers. Where the analogy breaks is `analogyLimits`.
 */

/** The parts of the drawing a step can light, one group of shapes on each building. */
export const analogyParts = ['ground', 'utilities', 'walls', 'household'] as const
export type AnalogyPart = typeof analogyParts[number]

export interface AnalogySide {
  /** What the part is, in the picture: "its own pipes and wiring". */
  part: string
  /**
   * The layers of the stack diagrams it stands for, one or two. The first colours the part's
   * main shapes (walls, people), a second its detail (the door, the furniture).
   */
  kinds: LayerKind[]
  /** The words on each kind's tag, when the layer's own label is not the point (one per kind). */
  tags?: string[]
}

export interface AnalogyStep {
  /** The part of the drawing it lights. */
  id: AnalogyPart
  /** The detached house: a virtual machine. */
  house: AnalogySide
  /** The apartment building: containers. */
  building: AnalogySide
  /** The point of the click, in a sentence short enough for two lines under the drawing. */
  caption: string
}

export interface Analogy {
  /** Under the drawing before the first click. */
  intro: string
  /** The start of the text alternative; each step's mapping is added to it. */
  alt: string
  steps: AnalogyStep[]
}

export const houseAnalogy: Analogy = {
  intro: 'Both give you a private place to live. Which parts are yours, and which are shared?',
  alt: 'Two drawings on one strip of ground: on the left a detached house (a virtual machine), on the right an apartment building of six flats (containers).',
  steps: [
    {
      id: 'ground',
      house: { part: 'the ground and its own foundation', kinds: ['hardware'] },
      building: { part: 'the ground and the one foundation under every flat', kinds: ['hardware'] },
      caption: 'The ground and foundations stand for the physical hardware: house and building both stand on it.',
    },
    {
      id: 'utilities',
      house: { part: 'its own plumbing and electricity', kinds: ['guest-os'] },
      building: { part: 'the shared risers and plant room that feed every flat', kinds: ['host-kernel'] },
      caption: 'Plumbing and electricity are the kernel (the OS’s core): the house has its own, flats share one.',
    },
    {
      id: 'walls',
      house: { part: 'its own outer walls and front door', kinds: ['hypervisor', 'virtual-hardware'] },
      building: { part: 'the inner walls and door of each flat', kinds: ['container-runtime'], tags: ['Engine (Docker)'] },
      caption: 'Walls: a hypervisor (splits a machine into VMs); for flats, Docker (the best-known container tool).',
    },
    {
      id: 'household',
      house: { part: 'the family and their furniture', kinds: ['application', 'libraries'], tags: ['Your application', 'Libs'] },
      building: { part: 'the people and furniture in each flat', kinds: ['application', 'libraries'], tags: ['Your application', 'Libs'] },
      caption: 'The family and their furniture stand for your app and its libraries: private in both homes.',
    },
  ],
}

/**
 * Checks an analogy and throws an error that names the problem: no steps, an unknown or
 * repeated part, an unknown layer kind, a missing caption, tags that do not match the kinds.
 */
export function checkAnalogy(analogy: Analogy): Analogy {
  if (!analogy || !Array.isArray(analogy.steps) || analogy.steps.length === 0)
    throw new Error('Analogy: has no steps; give it at least one (see data/analogy.ts).')
  for (const field of ['intro', 'alt'] as const) {
    if (typeof analogy[field] !== 'string' || analogy[field].trim() === '')
      throw new Error(`Analogy: has no "${field}".`)
  }
  const seen = new Set<string>()
  analogy.steps.forEach((step, s) => {
    const at = `Analogy, step ${s + 1} ("${String(step?.id)}")`
    if (!(analogyParts as readonly string[]).includes(String(step?.id)))
      throw new Error(`${at}: no such part of the drawing; it has ${analogyParts.join(', ')}.`)
    if (seen.has(step.id))
      throw new Error(`${at}: lights the same part as an earlier step; each part once.`)
    seen.add(step.id)
    if (typeof step.caption !== 'string' || step.caption.trim() === '')
      throw new Error(`${at}: has no caption.`)
    for (const side of ['house', 'building'] as const) {
      const where = `${at}, ${side}`
      const info = step[side]
      if (!info || typeof info.part !== 'string' || info.part.trim() === '')
        throw new Error(`${where}: says not which part of the picture it is (part: '…').`)
      if (!Array.isArray(info.kinds) || info.kinds.length < 1 || info.kinds.length > 2)
        throw new Error(`${where}: names ${info.kinds?.length ?? 0} layer kinds; name one or two.`)
      for (const kind of info.kinds) {
        if (!isLayerKind(String(kind)))
          throw new Error(`${where}: unknown layer kind "${String(kind)}"; known kinds: ${Object.keys(layerKinds).join(', ')}.`)
      }
      if (info.tags && (info.tags.length !== info.kinds.length || info.tags.some(tag => !tag?.trim())))
        throw new Error(`${where}: has ${info.tags.length} tags for ${info.kinds.length} kinds; give one non-empty tag per kind.`)
    }
  })
  return analogy
}

/** The tags shown on the picture for one side of a step: the words, and the layer's colour token. */
export function sideTags(side: AnalogySide): { text: string, color: string, kind: LayerKind }[] {
  return side.kinds.map((kind, k) => ({ text: side.tags?.[k] ?? layerKinds[kind].label, color: layerKinds[kind].color, kind }))
}

/** The colour token of a part's main shapes (tone 0) or its detail (tone 1) on one side. */
export function toneColor(side: AnalogySide, tone: 0 | 1): string {
  return layerKinds[side.kinds[Math.min(tone, side.kinds.length - 1)]].color
}

/** The text alternative: the picture, then what each part stands for, from the data. */
export function analogyAlt(analogy: Analogy): string {
  const names = (side: AnalogySide): string => side.kinds.map(kind => layerKinds[kind].label).join(' and ')
  const lines = analogy.steps.map(step => `In the house, ${step.house.part} stand for ${names(step.house)}; in the building, ${step.building.part} stand for ${names(step.building)}.`)
  return [analogy.alt, ...lines].join(' ')
}

/**
 * Where the analogy breaks, with the hypervisor in the same role as in the drawing (the walls:
 * terraced houses share party walls). Sources are named in the notes of pages/05-analogy.md.
 */
export const analogyLimits: RevealCard[] = [
  {
    id: 'master-key',
    title: 'The manager has a master key',
    layer: 'host-kernel',
    body: 'The building’s manager, the shared kernel, can open every flat: one bug, every container.',
    note: { label: 'It happened:', text: 'Dirty COW, a kernel bug (2016), broke out of containers; a runc bug (2019) gave root on the host.' },
    sources: ['dirty-cow', 'runc-cve-2019-5736'],
  },
  {
    id: 'terraced',
    title: 'Houses are terraced, not detached',
    layer: 'hypervisor',
    body: 'VMs share the ground and their party walls: one machine, one hypervisor between them.',
    note: { label: 'Leaks:', text: 'Spectre and L1TF can leak across VMs; VENOM (2015), a virtual-floppy bug, could crash a VM, possibly run code on the host.' },
    sources: ['l1tf-kernel', 'venom'],
  },
  {
    id: 'build-time',
    title: 'A house takes longer to build',
    layer: 'guest-os',
    body: 'A VM boots its own OS first; a container moves into a kernel that is already running.',
    note: { label: 'How much:', text: 'about 30 s for a desktop VM; a minimal VM’s specification: init within 125 ms.' },
    sources: ['virtualbox-boot', 'firecracker-spec'],
  },
  {
    id: 'house-rules',
    title: 'The flat follows the building’s rules',
    layer: 'host-kernel',
    body: 'A container runs on the host’s kernel and CPU architecture; it cannot bring its own.',
    note: { label: 'So:', text: 'no Windows containers on a Linux host; amd64 images need emulation on arm64.' },
    sources: ['windows-container-compat', 'docker-multi-platform'],
  },
]
