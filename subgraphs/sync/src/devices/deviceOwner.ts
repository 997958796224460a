import type { Identity, Role } from '@media-gateway/auth';
import { deviceError } from './deviceErrors.js';

/** Who may own devices: a signed-in user, or an API key acting for one (with that user's role and device limit). */
export interface DeviceOwner {
  userId: string;
  role: Role;
}

export function deviceOwner(identity: Identity | undefined): DeviceOwner {
  if (!identity || identity.kind === 'anonymous') throw deviceError('UNAUTHENTICATED', 'sign in to use devices');
  if (identity.kind === 'service') throw deviceError('FORBIDDEN', 'devices belong to users; a service has none');
  return { userId: identity.userId, role: identity.role };
}
