import { EventEmitter } from 'node:events';

// In-process wake-up for relays: `appendToOutbox` announces the schema it wrote to, and a relay in the same process
// runs a pass instead of waiting for its next poll. The signal fires before the writer's transaction commits; a
// relay sharing the writer's single connection (embedded PGlite) gets the connection only after the commit, and a
// relay on its own connection that looks too early finds nothing and catches the rows at its next poll. This is the
// in-process analogue of LISTEN/NOTIFY, which would need a connection of its own (PGlite has only one).
const emitter = new EventEmitter();
emitter.setMaxListeners(0);

export function notifyOutboxAppended(schema: string): void {
  emitter.emit(schema);
}

/** Calls `listener` whenever this process appends to `schema`'s outbox; returns the function that stops it. */
export function onOutboxAppended(schema: string, listener: () => void): () => void {
  emitter.on(schema, listener);
  return () => emitter.off(schema, listener);
}
