/**
 * A writer for the Linux initramfs format: a "newc" cpio archive (`070701` headers). Device nodes
 * are only headers here, so no root or mknod is needed. The output is deterministic: entries are
 * sorted by path, inode numbers follow that order, and every mtime, uid and gid is fixed.
 */

export type CpioEntry
  = | { path: string, type: 'dir', mode: number }
    | { path: string, type: 'file', mode: number, data: Uint8Array | string }
    | { path: string, type: 'symlink', target: string }
    | { path: string, type: 'char', mode: number, major: number, minor: number }
    /** A second name for a file entry (same inode): its bytes are stored once. */
    | { path: string, type: 'hardlink', target: string }

const TYPE_BITS = { dir: 0o040000, file: 0o100000, symlink: 0o120000, char: 0o020000 } as const

const encoder = new TextEncoder()

function hex8(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xFFFFFFFF)
    throw new Error(`cpio: field value ${n} does not fit in 8 hex digits`)
  return n.toString(16).padStart(8, '0')
}

function pad4(length: number): Uint8Array {
  return new Uint8Array((4 - (length % 4)) % 4)
}

function record(ino: number, mode: number, nlink: number, name: string, data: Uint8Array, rdev = [0, 0]): Uint8Array[] {
  const nameBytes = encoder.encode(`${name}\0`)
  const header = `070701${[
    ino,
    mode,
    0, // uid: root
    0, // gid: root
    nlink,
    0, // mtime: fixed, so rebuilding gives the same bytes
    data.length,
    0, // devmajor
    0, // devminor
    rdev[0],
    rdev[1],
    nameBytes.length,
    0, // check
  ].map(hex8).join('')}`
  const head = encoder.encode(header)
  return [head, nameBytes, pad4(head.length + nameBytes.length), data, pad4(data.length)]
}

/** The archive's bytes (uncompressed). Paths are relative to the root, without a leading slash. */
export function writeCpio(entries: CpioEntry[]): Uint8Array {
  const seen = new Set<string>()
  for (const e of entries) {
    if (e.path.startsWith('/') || e.path.endsWith('/') || e.path === '' || e.path.split('/').includes('..'))
      throw new Error(`cpio: path "${e.path}" must be relative, without a leading or trailing slash or ".."`)
    if (seen.has(e.path))
      throw new Error(`cpio: "${e.path}" is listed twice`)
    seen.add(e.path)
  }
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const e of sorted) {
    const parent = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : ''
    if (parent && !sorted.some(d => d.type === 'dir' && d.path === parent))
      throw new Error(`cpio: "${e.path}" needs its directory "${parent}" listed as an entry`)
  }
  // Hard links share their file's inode number and link count; the kernel writes the data of
  // whichever name comes first (the others carry none) and links the rest to it.
  const inoOf = new Map(sorted.map((e, i) => [e.path, i + 1]))
  const links = new Map<string, number>()
  for (const e of sorted) {
    if (e.type !== 'hardlink')
      continue
    if (!sorted.some(f => f.type === 'file' && f.path === e.target))
      throw new Error(`cpio: hard link "${e.path}" points to "${e.target}", which is not a file entry`)
    links.set(e.target, (links.get(e.target) ?? 1) + 1)
  }
  const written = new Set<string>()
  const parts: Uint8Array[] = []
  sorted.forEach((e, i) => {
    const ino = i + 1
    switch (e.type) {
      case 'dir':
        parts.push(...record(ino, TYPE_BITS.dir | e.mode, 2, e.path, new Uint8Array()))
        break
      case 'file':
      case 'hardlink': {
        const file = (e.type === 'file' ? e : sorted.find(f => f.path === e.target)) as Extract<CpioEntry, { type: 'file' }>
        const nlink = links.get(file.path) ?? 1
        const data = written.has(file.path) ? new Uint8Array() : typeof file.data === 'string' ? encoder.encode(file.data) : file.data
        written.add(file.path)
        parts.push(...record(inoOf.get(file.path)!, TYPE_BITS.file | file.mode, nlink, e.path, data))
        break
      }
      case 'symlink':
        parts.push(...record(ino, TYPE_BITS.symlink | 0o777, 1, e.path, encoder.encode(e.target)))
        break
      case 'char':
        parts.push(...record(ino, TYPE_BITS.char | e.mode, 1, e.path, new Uint8Array(), [e.major, e.minor]))
        break
    }
  })
  parts.push(...record(0, 0, 1, 'TRAILER!!!', new Uint8Array()))
  const total = parts.reduce((n, p) => n + p.length, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Reads a newc archive back: each entry's path, inode, link count, mode (with type bits), rdev and data. */
export function readCpio(bytes: Uint8Array): { path: string, ino: number, nlink: number, mode: number, rdev: [number, number], mtime: number, data: Uint8Array }[] {
  const decoder = new TextDecoder('latin1')
  const out = []
  let at = 0
  while (at + 110 <= bytes.length) {
    const head = decoder.decode(bytes.subarray(at, at + 110))
    if (!head.startsWith('070701'))
      throw new Error(`cpio: no newc header at byte ${at}`)
    const field = (i: number): number => Number.parseInt(head.slice(6 + i * 8, 14 + i * 8), 16)
    const nameSize = field(11)
    const size = field(6)
    const path = decoder.decode(bytes.subarray(at + 110, at + 110 + nameSize - 1))
    at += Math.ceil((110 + nameSize) / 4) * 4
    if (path === 'TRAILER!!!')
      break
    out.push({ path, ino: field(0), nlink: field(4), mode: field(1), rdev: [field(9), field(10)] as [number, number], mtime: field(5), data: bytes.subarray(at, at + size) })
    at += Math.ceil(size / 4) * 4
  }
  return out
}
