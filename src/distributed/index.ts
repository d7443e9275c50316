/**
 * `corroborate/queue`: the map and reduce stages on BullMQ job queues in
 * Redis (docs/scaling.md). An optional part of the package: it needs the
 * peer dependencies `bullmq` and `ioredis`, which the main entry point never
 * loads (`npm install corroborate bullmq ioredis`).
 *
 * @module
 */
export {mapLine, reduceKey, reduceLines, runJob, startWorkers} from './queue.js'
export type {ArticleLine, ClaimLine, QueueConfig} from './queue.js'
export {articleLines, runDistributed} from './run.js'
export {hasRedisServer, startRedisServer} from './redis-server.js'
export type {RedisServer} from './redis-server.js'
