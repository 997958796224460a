import type { PrismaClient } from '@media-gateway/db';
import type { ReplaySource } from '../ReplaySource.js';
import { outboxTable } from '../lib/outboxTable.js';
import { replayOutbox } from './replayOutbox.js';

/** The replay source of one producer's outbox, for `InProcessEventBus.addReplaySource`. */
export function outboxReplaySource(prisma: PrismaClient, schema: string, options: { source?: string } = {}): ReplaySource {
  outboxTable(schema, 'outboxReplaySource');
  const source = options.source ?? schema;
  return {
    source,
    replay: async (fromSequence, types, handler) => {
      await replayOutbox(prisma, schema, fromSequence, handler, { source, types });
    },
  };
}
