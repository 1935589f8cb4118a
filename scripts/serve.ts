/**
 * Serves the built site (dist/, scripts/build-site.ts) on 127.0.0.1 with the single-page-app
 * fallback Slidev's router needs: a path that is not a file gets the index.html of the nearest
 * folder above it that has one, so /talk/5 gets the talk's (dist/talk/index.html) and /5 or
 * /handout the study deck's, as the site's _redirects say. Used by `npm run preview` and by the
 * deck tests.
 */
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/** The index.html of `file` itself (a folder) or of the nearest folder above it, up to `root`. */
export function fallbackIndex(root: string, file: string): string {
  let dir = existsSync(file) && statSync(file).isDirectory() ? file : dirname(file)
  while (dir.startsWith(root) && dir !== root) {
    if (existsSync(join(dir, 'index.html')))
      return join(dir, 'index.html')
    dir = dirname(dir)
  }
  return join(root, 'index.html')
}

export function serveDir(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const base = resolve(root)
  if (!existsSync(join(base, 'index.html')))
    throw new Error(`${base}/index.html does not exist: run \`npm run build\` first.`)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(base, path))
    if (!file.startsWith(base))
      file = join(base, 'index.html')
    else if (!existsSync(file) || statSync(file).isDirectory())
      file = fallbackIndex(base, file)
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      ok({
        url: `http://${host}:${actual}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173)
  const dir = process.argv[2] ?? 'dist'
  const { url } = await serveDir(dir, port)
  console.log(`Serving ${dir}/ at ${url}/`)
  console.log(`  study deck ${url}/   the talk ${url}/talk/   handout ${url}/handout${existsSync(join(dir, 'downloads')) ? `   downloads ${url}/downloads/` : ''}`)
  console.log(`  presenter mode: ${url}/presenter/1 and ${url}/talk/presenter/1. Ctrl-C to stop.`)
}
