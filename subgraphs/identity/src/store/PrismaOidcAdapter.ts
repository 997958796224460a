import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@media-gateway/db';
import { errors } from 'oidc-provider';
import type { Adapter, AdapterPayload } from 'oidc-provider';

export interface PrismaOidcAdapterOptions {
  /** Clock in epoch milliseconds; tests freeze it. @default Date.now */
  now?: () => number;
  /**
   * Seconds an artefact of a model stays findable after it expired. oidc-provider checks expiry itself and tells
   * "expired" apart from "unknown" only when it still finds the row: RFC 8628 §3.5 wants `expired_token` (not
   * `invalid_grant`) for a device code that ran out, so device codes linger for a while.
   * @default { DeviceCode: 3600 }
   */
  retainExpired?: Readonly<Record<string, number>>;
}

/**
 * Models whose id is a bearer credential with no secondary lookup: the row is keyed by SHA-256 of the id and the
 * payload is stored without `jti`, so a copy of the table hands out no usable token (§6: refresh tokens are stored
 * only as a hash). Device codes and sessions keep their id because `findByUserCode`/`findByUid` must return it.
 */
const HASHED_AT_REST = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'ClientCredentials']);

const DEFAULT_RETAIN_EXPIRED: Readonly<Record<string, number>> = { DeviceCode: 3600 };

type OidcRow = { payload: Prisma.JsonValue; expiresAt: Date | null; consumedAt: Date | null };

/**
 * oidc-provider's storage over `identity.oidc_model`: one row per artefact, keyed by (id, model). Expired rows are
 * not found (beyond `retainExpired`); `purgeExpiredOidcModels` deletes them for good.
 *
 * `consume` is a compare-and-set: of two requests redeeming the same code or refresh token at once, only one wins.
 * oidc-provider checks `consumed` on the row it read earlier, so without this both would get tokens; the loser here
 * revokes the whole grant (the token family, §6) and answers `invalid_grant`, exactly as a later replay does.
 */
export class PrismaOidcAdapter implements Adapter {
  private readonly now: () => number;
  private readonly retainMs: number;
  private readonly hashed: boolean;

  constructor(
    private readonly prisma: PrismaClient,
    readonly model: string,
    options: PrismaOidcAdapterOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.retainMs = ((options.retainExpired ?? DEFAULT_RETAIN_EXPIRED)[model] ?? 0) * 1000;
    this.hashed = HASHED_AT_REST.has(model);
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const stored: Record<string, unknown> = { ...payload };
    if (this.hashed) delete stored.jti;
    const data = {
      // The provider's payload is plain JSON (undefined members are dropped on serialisation).
      payload: stored as Prisma.InputJsonValue,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: typeof expiresIn === 'number' ? new Date(this.now() + expiresIn * 1000) : null,
    };
    const key = { id: this.key(id), type: this.model };
    await this.prisma.oidcModel.upsert({ where: { id_type: key }, create: { ...key, ...data }, update: data });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = await this.prisma.oidcModel.findUnique({
      where: { id_type: { id: this.key(id), type: this.model } },
      select: { payload: true, expiresAt: true, consumedAt: true },
    });
    return this.visible(row, id);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findBy({ userCode });
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findBy({ uid });
  }

  async consume(id: string): Promise<void> {
    const key = { id: this.key(id), type: this.model };
    const { count } = await this.prisma.oidcModel.updateMany({
      where: { ...key, consumedAt: null },
      data: { consumedAt: new Date(this.now()) },
    });
    if (count === 1) return;

    // Lost the race: another request consumed (or revoked) it after the provider read it.
    const row = await this.prisma.oidcModel.findUnique({ where: { id_type: key }, select: { grantId: true } });
    if (row?.grantId) await revokeGrant(this.prisma, row.grantId);
    throw new errors.InvalidGrant(`${this.model} already consumed`);
  }

  async destroy(id: string): Promise<void> {
    await this.prisma.oidcModel.deleteMany({ where: { id: this.key(id), type: this.model } });
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.prisma.oidcModel.deleteMany({ where: { grantId, type: this.model } });
  }

  private async findBy(where: { userCode: string } | { uid: string }): Promise<AdapterPayload | undefined> {
    const row = await this.prisma.oidcModel.findFirst({
      where: {
        ...where,
        type: this.model,
        OR: [{ expiresAt: null }, { expiresAt: { gt: new Date(this.now() - this.retainMs) } }],
      },
      select: { payload: true, expiresAt: true, consumedAt: true },
      orderBy: { expiresAt: 'desc' },
    });
    // Only models with a secondary lookup use this, and they are not hashed: the payload still has its jti.
    return this.visible(row, undefined);
  }

  private visible(row: OidcRow | null, id: string | undefined): AdapterPayload | undefined {
    if (!row) return undefined;
    if (row.expiresAt && row.expiresAt.getTime() + this.retainMs <= this.now()) return undefined;
    const payload = row.payload as AdapterPayload;
    return {
      ...payload,
      ...(this.hashed && id !== undefined ? { jti: id } : {}),
      ...(row.consumedAt ? { consumed: Math.floor(row.consumedAt.getTime() / 1000) } : {}),
    };
  }

  private key(id: string): string {
    return this.hashed ? createHash('sha256').update(id).digest('base64url') : id;
  }
}

/** Deletes every artefact of a grant and the grant itself: the whole token family. */
export async function revokeGrant(prisma: PrismaClient, grantId: string): Promise<void> {
  await prisma.oidcModel.deleteMany({ where: { OR: [{ grantId }, { type: 'Grant', id: grantId }] } });
}
