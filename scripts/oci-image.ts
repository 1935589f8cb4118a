/**
 * A real, tiny OCI image for the lab (issue 18): an OCI image layout (`oci-layout`, `index.json`,
 * `blobs/sha256/…`: a manifest, a config and one uncompressed tar per layer), built
 * deterministically — entries sorted, every mtime, uid and gid fixed — so the digests are the same
 * on every build. Written into the VM's initramfs by scripts/vm-image.ts, beside each layer
 * unpacked as a directory for overlayfs. Spec: https://github.com/opencontainers/image-spec
 */
import { createHash } from 'node:crypto'

export type TarEntry
  = | { path: string, type: 'dir', mode: number }
    | { path: string, type: 'file', mode: number, data: Uint8Array | string }
    | { path: string, type: 'symlink', target: string }

const encoder = new TextEncoder()
const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** Every file's time in the image: fixed, so rebuilding gives the same bytes and digests. */
export const IMAGE_MTIME = 0

function octal(n: number, width: number): string {
  const s = n.toString(8)
  if (s.length > width - 1)
    throw new Error(`tar: ${n} does not fit in a ${width}-byte field`)
  return `${s.padStart(width - 1, '0')}\0`
}

function header(e: TarEntry, size: number): Uint8Array {
  const h = new Uint8Array(512)
  const put = (text: string, at: number, width: number): void => {
    const bytes = encoder.encode(text)
    if (bytes.length > width)
      throw new Error(`tar: "${text}" is longer than ${width} bytes`)
    h.set(bytes, at)
  }
  const name = e.type === 'dir' ? `${e.path}/` : e.path
  if (encoder.encode(name).length > 100) {
    const cut = name.lastIndexOf('/', name.length - 2)
    put(name.slice(cut + 1), 0, 100)
    put(name.slice(0, cut), 345, 155)
  }
  else {
    put(name, 0, 100)
  }
  put(octal(e.type === 'symlink' ? 0o777 : e.mode, 8), 100, 8)
  put(octal(0, 8), 108, 8) // uid: root
  put(octal(0, 8), 116, 8) // gid: root
  put(octal(size, 12), 124, 12)
  put(octal(IMAGE_MTIME, 12), 136, 12)
  put('        ', 148, 8) // checksum: spaces while summing
  put(e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0', 156, 1)
  if (e.type === 'symlink')
    put(e.target, 157, 100)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  put('root', 265, 32)
  put('root', 297, 32)
  put(octal(h.reduce((a, b) => a + b, 0), 7), 148, 7)
  return h
}

/** A POSIX ustar archive of the entries, sorted by path, with fixed times and owners. */
export function writeTar(entries: TarEntry[]): Uint8Array {
  const seen = new Set<string>()
  for (const e of entries) {
    if (e.path.startsWith('/') || e.path.endsWith('/') || e.path === '' || e.path.split('/').includes('..'))
      throw new Error(`tar: path "${e.path}" must be relative, without a leading or trailing slash or ".."`)
    if (seen.has(e.path))
      throw new Error(`tar: "${e.path}" is listed twice`)
    seen.add(e.path)
  }
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const parts: Uint8Array[] = []
  for (const e of sorted) {
    const data = e.type === 'file' ? (typeof e.data === 'string' ? encoder.encode(e.data) : e.data) : new Uint8Array()
    parts.push(header(e, data.length), data, new Uint8Array((512 - (data.length % 512)) % 512))
  }
  parts.push(new Uint8Array(1024))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** JSON as the blobs hold it: keys in the order written, no spaces, so its digest is stable. */
const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value))

export interface OciLayer {
  /** What the layer is, for the history and the lab ("base: busybox and its links"). */
  comment: string
  entries: TarEntry[]
}

export interface OciImage {
  /** The image layout's files, by path inside the image directory (oci-layout, index.json, blobs/sha256/…). */
  files: Map<string, Uint8Array>
  layers: { comment: string, digest: string, size: number, entries: TarEntry[] }[]
  manifestDigest: string
  configDigest: string
}

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  /** Uncompressed: the digest of the blob is also the layer's diff_id. */
  layer: 'application/vnd.oci.image.layer.v1.tar',
} as const

/** An OCI image layout holding one image, tagged `tag`, made of `layers` (the first is the bottom). */
export function buildOciImage({ layers, cmd, tag, architecture }: { layers: OciLayer[], cmd: string[], tag: string, architecture: string }): OciImage {
  const files = new Map<string, Uint8Array>()
  const blob = (data: Uint8Array): { digest: string, size: number } => {
    const digest = `sha256:${sha256(data)}`
    files.set(`blobs/sha256/${digest.slice(7)}`, data)
    return { digest, size: data.length }
  }
  const created = new Date(IMAGE_MTIME * 1000).toISOString().replace('.000Z', 'Z')
  const built = layers.map(l => ({ comment: l.comment, entries: l.entries, ...blob(writeTar(l.entries)) }))
  const config = blob(json({
    created,
    architecture,
    os: 'linux',
    config: { Env: ['PATH=/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: cmd, WorkingDir: '/' },
    rootfs: { type: 'layers', diff_ids: built.map(l => l.digest) },
    history: built.map(l => ({ created, created_by: 'scripts/oci-image.ts', comment: l.comment })),
  }))
  const manifest = blob(json({
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, ...config },
    layers: built.map(l => ({ mediaType: MEDIA.layer, digest: l.digest, size: l.size })),
  }))
  // The two files that are not blobs end with a newline, so `cat` leaves the prompt on a line of its own.
  const line = (value: unknown): Uint8Array => encoder.encode(`${JSON.stringify(value)}\n`)
  files.set('oci-layout', line({ imageLayoutVersion: '1.0.0' }))
  files.set('index.json', line({
    schemaVersion: 2,
    mediaType: MEDIA.index,
    manifests: [{ mediaType: MEDIA.manifest, ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } }],
  }))
  return { files, layers: built, manifestDigest: manifest.digest, configDigest: config.digest }
}

/** A layer's directory name in the VM: the first 12 hex digits of its digest, as `docker images` shortens IDs. */
export function shortDigest(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12)
}
