/**
 * Start and stop a throw-away `redis-server` on the loopback address (no
 * persistence), for the distributed run and its test.
 *
 * @module
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'

/** A running Redis server. */
export interface RedisServer {
  host: '127.0.0.1'
  port: number
  stop(): Promise<void>
}

/** Whether `redis-server` is on the PATH. */
export function hasRedisServer(): boolean {
  const probe = spawnSync('redis-server', ['--version'], {stdio: 'ignore'})
  return probe.status === 0
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

/**
 * Start `redis-server` on 127.0.0.1 and a free port, with no RDB snapshots
 * and no append-only file, and wait until it accepts connections.
 */
export async function startRedisServer(options: {timeoutMs?: number; port?: number} = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort())
  const child: ChildProcess = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--protected-mode', 'yes', '--daemonize', 'no', '--loglevel', 'warning'], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const deadline = Date.now() + (options.timeoutMs ?? 10_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}): ${log.trim()}`)
    const ping = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], {encoding: 'utf8'})
    if (ping.status === 0 && ping.stdout.trim() === 'PONG') break
    if (ping.error && (await canConnect(port))) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`redis-server did not start on port ${port}: ${log.trim()}`)
    }
    await new Promise((done) => setTimeout(done, 50))
  }
  return {
    host: '127.0.0.1',
    port,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
    }
  }
}

/** Whether a TCP connection to 127.0.0.1:port succeeds (when redis-cli is missing). */
async function canConnect(port: number): Promise<boolean> {
  const {connect} = await import('node:net')
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      done(true)
    })
    socket.once('error', () => done(false))
  })
}
