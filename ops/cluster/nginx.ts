import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface LocalNginx {
  url: string
  stop(): Promise<void>
}

/**
 * The balancer of ops/nginx.conf on one machine: the same two upstreams (round robin for the API,
 * consistent hash of the upload id for tus chunks), the same retry of a dead or draining process
 * and the same headers, listening on plain HTTP on `port` in front of the API processes' ports.
 */
export function nginxConfig(dir: string, port: number, apiPorts: readonly number[]): string {
  const servers = (keepalive: number) =>
    [...apiPorts.map((p) => `    server 127.0.0.1:${p} max_fails=2 fail_timeout=10s;`), `    keepalive ${keepalive};`].join('\n')
  return `daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $http_x_request_id $court_request_id {
    default $http_x_request_id;
    '' $request_id;
  }
  upstream court_api {
${servers(32)}
  }
  upstream court_api_uploads {
    hash $court_upload_id consistent;
${servers(8)}
  }
  map $uri $court_upload_id {
    ~^/api/v1/uploads/(?<upload>[^/]+) $upload;
    default '';
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 21m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Request-Id $court_request_id;
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;
    location /api/v1/uploads/ {
      proxy_request_buffering off;
      proxy_pass http://court_api_uploads;
    }
    location / {
      proxy_pass http://court_api;
    }
  }
}
`
}

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? 'nginx'

/**
 * Starts Debian's nginx (apt-get install nginx-light) with nginxConfig in a folder of its own, and
 * waits until it answers. Run as root, nginx's workers are `nobody`, who buffer request bodies
 * there: the folder is open to them, and not inside another process's private temp folder.
 */
export async function startNginx(port: number, apiPorts: readonly number[]): Promise<LocalNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-nginx-'))
  fs.chmodSync(dir, 0o777)
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(conf, nginxConfig(dir, port, apiPorts))
  let out = ''
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${out}${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`)
    try {
      await fetch(`${url}/api/health/live`)
      break
    } catch {
      if (Date.now() > until) throw new Error(`nginx did not answer on ${url}: ${out}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true })
          resolve()
        }
        if (child.exitCode !== null) return done()
        child.once('exit', done)
        child.kill('SIGQUIT')
      }),
  }
}
