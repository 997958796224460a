import type { Prisma, PrismaClient } from '@media-gateway/db';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';

/** One published signing key, as the provider and the JWKS need it. */
export interface SigningKeyRecord {
  kid: string;
  alg: 'RS256';
  publicJwk: JWK;
  privateJwk: JWK;
  activatesAt: Date;
  retiresAt: Date | null;
}

export interface SigningKeyPolicy {
  /**
   * Age at which the active key is replaced (§6).
   * @default 90 days
   */
  rotateAfterMs: number;
  /**
   * How long a replaced key stays published so tokens it signed still verify (§6). Must exceed the access-token
   * lifetime (1 h) plus verifiers' JWKS cache time.
   * @default 24 hours
   */
  overlapMs: number;
}

export const DEFAULT_SIGNING_KEY_POLICY: SigningKeyPolicy = { rotateAfterMs: 90 * 24 * 3600_000, overlapMs: 24 * 3600_000 };

const ALG = 'RS256';
// Any constant works; it only has to be the same in every replica so two of them never rotate at once.
const ROTATION_LOCK = 'SELECT 1 FROM pg_advisory_xact_lock(hashtext(\'identity.signing_key\'))';

/**
 * Makes sure an active signing key exists and is younger than `rotateAfterMs`, and returns the published keys
 * (active first). On the first start it creates the first key; when the active key is due it creates a new one that
 * signs from `now`, and schedules every older key to retire after the overlap. Serialised across replicas by an
 * advisory lock, so concurrent starts create one key, not several.
 */
export async function rotateSigningKeys(
  prisma: PrismaClient,
  now: Date,
  policy: SigningKeyPolicy = DEFAULT_SIGNING_KEY_POLICY,
): Promise<{ rotated: boolean; keys: SigningKeyRecord[] }> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(ROTATION_LOCK);
    const active = (await publishedKeys(tx, now))[0];
    const due = !active || active.retiresAt !== null || now.getTime() - active.activatesAt.getTime() >= policy.rotateAfterMs;
    if (due) {
      await tx.signingKey.updateMany({
        where: { retiresAt: null },
        data: { retiresAt: new Date(now.getTime() + policy.overlapMs) },
      });
      const key = await generateSigningKey();
      await tx.signingKey.create({
        data: {
          kid: key.kid,
          alg: ALG,
          publicJwk: key.publicJwk as Prisma.InputJsonValue,
          privateJwk: key.privateJwk as Prisma.InputJsonValue,
          activatesAt: now,
        },
      });
    }
    return { rotated: due, keys: await publishedKeys(tx, now) };
    // Generating an RSA key can take a second on a busy machine; Prisma's 5 s default is too tight for that.
  }, { timeout: 30_000, maxWait: 30_000 });
}

/** The keys published at `now`, newest (the one that signs) first; read-only, for replicas picking up a rotation. */
export async function loadSigningKeys(prisma: PrismaClient, now: Date): Promise<SigningKeyRecord[]> {
  return publishedKeys(prisma, now);
}

/** The provider's `jwks` option: private keys, the active one first because oidc-provider signs with the first match. */
export function providerJwks(keys: readonly SigningKeyRecord[]): { keys: JWK[] } {
  return { keys: keys.map((key) => ({ ...key.privateJwk, kid: key.kid, alg: key.alg, use: 'sig' })) };
}

/** The public JWKS (what `/jwks` serves), for verifiers that read it in-process instead of over HTTP. */
export function publicJwks(keys: readonly SigningKeyRecord[]): { keys: JWK[] } {
  return { keys: keys.map((key) => ({ ...key.publicJwk, kid: key.kid, alg: key.alg, use: 'sig' })) };
}

type KeyReader = Pick<PrismaClient, 'signingKey'>;

async function publishedKeys(db: KeyReader, now: Date): Promise<SigningKeyRecord[]> {
  const rows = await db.signingKey.findMany({
    where: { alg: ALG, activatesAt: { lte: now }, OR: [{ retiresAt: null }, { retiresAt: { gt: now } }] },
    orderBy: [{ activatesAt: 'desc' }, { kid: 'asc' }],
  });
  return rows.map((row) => ({
    kid: row.kid,
    alg: ALG,
    publicJwk: row.publicJwk as JWK,
    privateJwk: row.privateJwk as JWK,
    activatesAt: row.activatesAt,
    retiresAt: row.retiresAt,
  }));
}

async function generateSigningKey(): Promise<{ kid: string; publicJwk: JWK; privateJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  // The RFC 7638 thumbprint: stable, derived from the key, and the same in every replica.
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, publicJwk, privateJwk };
}
