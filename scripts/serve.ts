/**
 * Serves the built deck (dist/) on 127.0.0.1 with the single-page-app fallback Slidev's
 * router needs: any path that is not a file gets index.html. Used by `npm run preview`
 * and by the deck tests.
 */
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
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

export function serveDir(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const base = resolve(root)
  if (!existsSync(join(base, 'index.html')))
    throw new Error(`${base}/index.html does not exist: run \`npm run build\` first.`)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(base, path))
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory())
      file = join(base, 'index.html')
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
  console.log(`Serving ${dir}/ at ${url}/ (presenter mode: ${url}/presenter/1). Ctrl-C to stop.`)
}
