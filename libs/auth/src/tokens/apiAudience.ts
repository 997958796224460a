/**
 * The resource indicator of the Media Gateway API: the `aud` of every access token the identity service's OAuth
 * server issues, and what the router requires. One value for both hosts (the router's embedded identity and the
 * standalone identity server), so a token is accepted by whichever router sits in front of the issuer.
 */
export const API_AUDIENCE = 'https://api.media-gateway.local';
