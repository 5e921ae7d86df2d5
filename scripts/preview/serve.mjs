#!/usr/bin/env node
// Preview server (docs/ARCHITECTURE.md, "Preview"): static files from preview/dist and the preview's Apex.
//   GET  /…                          static file from preview/dist (/ → index.html)
//   POST /apex/<Class>/<method>       JSON params in, DTO-shaped JSON out; demo org in the `x-demo-org` header
//                                     (or ?org=); errors: status 4xx/5xx with { message, exceptionType, ... }
//   POST /__preview/reset?org=<id>    forgets the adapters' state of that org (all orgs without ?org)
//   GET  /__preview/health            { ok: true }
//   GET  /orgs/<org>/services/apexrest/lsteward/v1/<route>  the package's REST API v1 for a demo org
//                                     (scripts/preview/rest-v1.mjs, docs/api/rest.md)
//   GET  /resource/[<ts>/]<name>[/path] force-app static resource (what @salesforce/resourceUrl/<name> points at)
// Usage: node scripts/preview/serve.mjs (PORT env overrides 3333; HOST env overrides 127.0.0.1, e.g. HOST=0.0.0.0 to
// reach it from another machine), or startServer({ port }) from a test.
import { createServer } from 'node:http';
import { existsSync, statSync, createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname, extname, sep, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPreviewApex } from './apex-dispatch.mjs';
import { answerRestV1, REST_PATH } from './rest-v1.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.ico': 'image/x-icon'
};

const MAX_BODY = 5 * 1024 * 1024;

function sendJson(res, status, value) {
    const text = JSON.stringify(value ?? null);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(text);
}

function readBody(req) {
    return new Promise((resolveBody, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY) {
                reject(new Error('Request body too large'));
                req.destroy();
            } else chunks.push(chunk);
        });
        req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

/** Every force-app staticresources folder (for /resource/<name>, what `@salesforce/resourceUrl/<name>` gives). */
function findStaticResourceDirs(dir) {
    if (!existsSync(dir)) return [];
    const found = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === '__tests__') continue;
        const full = join(dir, entry.name);
        if (entry.name === 'staticresources') found.push(full);
        else found.push(...findStaticResourceDirs(full));
    }
    return found;
}

/** /resource/[<timestamp>/]<name>[/<path in an unzipped folder resource>] → the file in force-app, or null. */
function resolveStaticResource(root, pathname) {
    let parts;
    try {
        parts = decodeURIComponent(pathname).split('/').slice(2).filter(Boolean);
    } catch {
        return null;
    }
    if (parts.length > 1 && /^\d+$/.test(parts[0])) parts = parts.slice(1);
    const [name, ...rest] = parts;
    if (!name || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || rest.some((p) => p === '..')) return null;
    for (const dir of findStaticResourceDirs(join(root, 'force-app'))) {
        const meta = join(dir, `${name}.resource-meta.xml`);
        if (!existsSync(meta)) continue;
        const contentType = /<contentType>([^<]+)<\/contentType>/.exec(readFileSync(meta, 'utf8'))?.[1];
        if (rest.length > 0 || existsSync(join(dir, name))) {
            const file = resolve(dir, name, ...rest);
            return file.startsWith(join(dir, name) + sep) && existsSync(file) && statSync(file).isFile()
                ? { file, contentType: TYPES[extname(file)] }
                : null;
        }
        const file = readdirSync(dir)
            .map((f) => join(dir, f))
            .find((f) => basename(f).startsWith(`${name}.`) && !f.endsWith('-meta.xml'));
        return file ? { file, contentType } : null;
    }
    return null;
}

function serveStatic(distDir, pathname, req, res) {
    let relativePath;
    try {
        relativePath = decodeURIComponent(pathname);
    } catch {
        res.writeHead(400).end('Bad path');
        return;
    }
    if (relativePath.endsWith('/')) relativePath += 'index.html';
    const file = resolve(distDir, '.' + relativePath);
    if (file !== distDir && !file.startsWith(distDir + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
        return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // index.html and the entry bundle change on every build; hashed chunks and SLDS assets can be cached briefly.
    const cache =
        pathname === '/' || pathname.endsWith('.html') || pathname === '/js/main.js' ? 'no-cache' : 'max-age=300';
    res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': cache });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
}

/**
 * Starts the preview server.
 * @param {object} [options]
 * @param {number} [options.port] 0 = a free port (default: PORT env or 3333)
 * @param {string} [options.host] default 127.0.0.1
 * @param {string} [options.root] project dir (default: this repository)
 * @param {boolean} [options.quiet] no request log on stderr for Apex errors
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export async function startServer({
    port = Number(process.env.PORT ?? 3333),
    host = '127.0.0.1',
    root = ROOT,
    quiet = false
} = {}) {
    const distDir = join(root, 'preview', 'dist');
    if (!existsSync(join(distDir, 'index.html'))) {
        throw new Error(`${distDir}/index.html is missing: run "node scripts/preview/build-preview.mjs" first`);
    }
    const apex = createPreviewApex({ root });

    const server = createServer(async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://preview.local');
        try {
            const restMatch = REST_PATH.exec(url.pathname);
            if (restMatch) {
                if (req.method !== 'GET') {
                    res.setHeader('allow', 'GET');
                    sendJson(res, 405, { message: 'The License Steward REST API v1 is read-only: GET only' });
                    return;
                }
                const answer = await answerRestV1({
                    apex,
                    org: decodeURIComponent(restMatch[1]),
                    route: restMatch[2] ?? '',
                    searchParams: url.searchParams
                });
                sendJson(res, answer.status, answer.body);
                return;
            }
            const apexMatch = /^\/apex\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
            if (apexMatch) {
                if (req.method !== 'POST') {
                    sendJson(res, 405, { message: 'Apex calls are POST requests' });
                    return;
                }
                const text = await readBody(req);
                let params;
                try {
                    params = text.trim() ? JSON.parse(text) : {};
                } catch {
                    sendJson(res, 400, { message: 'Request body is not JSON', exceptionType: 'PreviewBadRequest' });
                    return;
                }
                const org = req.headers['x-demo-org'] || url.searchParams.get('org') || '';
                const answer = await apex.call({
                    org: String(org),
                    className: decodeURIComponent(apexMatch[1]),
                    method: decodeURIComponent(apexMatch[2]),
                    params
                });
                if (answer.status >= 400 && !quiet) {
                    const extra =
                        answer.body?.exceptionType === 'PreviewAdapterError' ? `\n${answer.error?.stack ?? ''}` : '';
                    console.error(
                        `preview: ${answer.status} ${url.pathname} [${org}]: ${answer.body?.message}${extra}`
                    );
                }
                sendJson(res, answer.status, answer.body);
                return;
            }
            if (url.pathname === '/__preview/reset') {
                if (req.method !== 'POST') {
                    sendJson(res, 405, { message: 'POST /__preview/reset?org=<id>' });
                    return;
                }
                apex.reset(url.searchParams.get('org') || undefined);
                sendJson(res, 200, { ok: true, org: url.searchParams.get('org') || null });
                return;
            }
            if (url.pathname === '/__preview/health') {
                sendJson(res, 200, { ok: true });
                return;
            }
            if (req.method !== 'GET' && req.method !== 'HEAD') {
                res.writeHead(405).end();
                return;
            }
            if (url.pathname.startsWith('/resource/')) {
                const resource = resolveStaticResource(root, url.pathname);
                if (!resource) {
                    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(
                        `No static resource ${url.pathname}`
                    );
                    return;
                }
                res.writeHead(200, {
                    'content-type': resource.contentType ?? 'application/octet-stream',
                    'cache-control': 'no-cache'
                });
                if (req.method === 'HEAD') res.end();
                else createReadStream(resource.file).pipe(res);
                return;
            }
            serveStatic(distDir, url.pathname, req, res);
        } catch (error) {
            console.error(`preview: ${req.method} ${url.pathname} failed: ${error?.stack ?? error}`);
            if (!res.headersSent)
                sendJson(res, 500, { message: String(error?.message ?? error), exceptionType: 'PreviewServerError' });
            else res.end();
        }
    });

    await new Promise((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolveListen();
        });
    });
    const actualPort = server.address().port;
    return {
        server,
        port: actualPort,
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
        close: () =>
            new Promise((resolveClose) => {
                server.closeAllConnections?.();
                server.close(() => resolveClose());
            })
    };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    startServer({ host: process.env.HOST ?? '127.0.0.1' })
        .then(({ url }) => console.log(`License Steward preview: ${url.replace('127.0.0.1', 'localhost')}/`))
        .catch((error) => {
            console.error(`preview server failed: ${error.message}`);
            process.exit(1);
        });
}
