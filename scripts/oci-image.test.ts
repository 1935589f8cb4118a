import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildOciImage, MEDIA, shortDigest, writeTar } from './oci-image'

const sha = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b)

describe('writeTar', () => {
  const entries = [
    { path: 'www/index.html', type: 'file', mode: 0o644, data: '<h1>hi</h1>\n' },
    { path: 'bin', type: 'dir', mode: 0o755 },
    { path: 'bin/sh', type: 'symlink', target: '/bin/busybox' },
    { path: 'www', type: 'dir', mode: 0o755 },
  ] as const

  it('writes an archive GNU tar reads: sorted, owned by root, dated 1970, with the file\'s bytes', () => {
    const tar = writeTar([...entries])
    expect(tar.length % 512).toBe(0)
    const listing = execFileSync('tar', ['-tv', '--numeric-owner', '--utc'], { input: tar, encoding: 'utf8' }).trim().split('\n')
    expect(listing.map(l => l.split(/\s+/).slice(5).join(' '))).toEqual(['bin/', 'bin/sh -> /bin/busybox', 'www/', 'www/index.html'])
    expect(listing.every(l => l.includes(' 0/0 ') && l.includes('1970-01-01 00:00'))).toBe(true)
    expect(execFileSync('tar', ['-xO', 'www/index.html'], { input: tar, encoding: 'utf8' })).toBe('<h1>hi</h1>\n')
  })

  it('gives the same bytes whatever the input order', () => {
    expect(sha(writeTar([...entries]))).toBe(sha(writeTar([...entries].reverse())))
    expect(() => writeTar([{ path: '/etc', type: 'dir', mode: 0o755 }])).toThrow(/must be relative/)
  })
})

describe('buildOciImage', () => {
  const image = buildOciImage({
    tag: 'latest',
    architecture: '386',
    cmd: ['/bin/start'],
    layers: [
      { comment: 'base', entries: [{ path: 'bin', type: 'dir', mode: 0o755 }, { path: 'bin/sh', type: 'file', mode: 0o755, data: 'sh' }] },
      { comment: 'app', entries: [{ path: 'www', type: 'dir', mode: 0o755 }, { path: 'www/index.html', type: 'file', mode: 0o644, data: 'hi' }] },
    ],
  })

  it('is a content-addressed OCI layout: every blob is named by its sha256', () => {
    expect(JSON.parse(text(image.files.get('oci-layout')))).toEqual({ imageLayoutVersion: '1.0.0' })
    for (const [path, data] of image.files) {
      if (path.startsWith('blobs/'))
        expect(`sha256:${path.split('/').at(-1)}`).toBe(sha(data))
    }
  })

  it('leads from index.json to the manifest, the config and the layers, bottom first', () => {
    const index = JSON.parse(text(image.files.get('index.json')))
    expect(index.manifests[0]).toMatchObject({ mediaType: MEDIA.manifest, digest: image.manifestDigest, annotations: { 'org.opencontainers.image.ref.name': 'latest' } })
    const manifest = JSON.parse(text(image.files.get(`blobs/sha256/${image.manifestDigest.slice(7)}`)))
    expect(manifest.config.digest).toBe(image.configDigest)
    expect(manifest.layers.map((l: { digest: string }) => l.digest)).toEqual(image.layers.map(l => l.digest))
    const config = JSON.parse(text(image.files.get(`blobs/sha256/${image.configDigest.slice(7)}`)))
    expect(config.rootfs.diff_ids).toEqual(image.layers.map(l => l.digest))
    expect(config).toMatchObject({ architecture: '386', os: 'linux', config: { Cmd: ['/bin/start'] } })
    expect(execFileSync('tar', ['-t'], { input: image.files.get(`blobs/sha256/${image.layers[1]!.digest.slice(7)}`), encoding: 'utf8' })).toBe('www/\nwww/index.html\n')
  })

  it('names a layer\'s directory by the first 12 hex digits of its digest', () => {
    expect(shortDigest('sha256:0123456789abcdef')).toBe('0123456789ab')
  })
})
