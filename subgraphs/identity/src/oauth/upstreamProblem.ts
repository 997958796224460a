import type { UpstreamRefusal } from './AccountDirectory.js';
import type { UpstreamFailure } from './UpstreamRelyingParty.js';

/** Every way an upstream sign-in can end without signing in, as far as the page is concerned. */
export type UpstreamProblemReason = UpstreamFailure | UpstreamRefusal | 'upstream_state_mismatch';

/**
 * The status and the words of the page for a failed or refused upstream sign-in (`label` is the provider's, e.g.
 * Google). Each says what happened and what the user can do next; none says more about the account than the user
 * just proved they own.
 */
export function upstreamProblem(reason: UpstreamProblemReason, label: string): { status: number; title: string; text: string } {
  const orPassword = 'or sign in with your email and password.';
  switch (reason) {
    case 'upstream_denied':
      return { status: 400, title: 'Sign-in cancelled', text: `${label} did not sign you in, so nothing was changed. You can try again, ${orPassword}` };
    case 'upstream_error':
      return { status: 400, title: 'Sign-in failed', text: `${label} could not sign you in. Try again, ${orPassword}` };
    case 'upstream_unavailable':
      return { status: 502, title: 'Sign-in unavailable', text: `${label} cannot be reached right now. Try again later, ${orPassword}` };
    case 'upstream_exchange_failed':
    case 'upstream_token_invalid':
      return { status: 400, title: 'Sign-in failed', text: `The answer from ${label} could not be verified, so you were not signed in. Try again, ${orPassword}` };
    case 'upstream_state_mismatch':
      return { status: 400, title: 'Sign-in failed', text: `This answer from ${label} does not belong to the sign-in this browser started, so it was ignored. Start again from the sign-in page.` };
    case 'upstream_email_unverified':
      return {
        status: 403,
        title: 'Email address not verified',
        text: `${label} did not confirm an email address for this account, so it cannot be used to sign in. Verify your email address with ${label}, ${orPassword}`,
      };
    case 'local_email_unverified':
      return {
        status: 403,
        title: 'Sign in with your password first',
        text: `An account with this email address already exists, but its address has not been verified. Sign in with your email and password and verify your address; after that you can continue with ${label}.`,
      };
    case 'account_inactive':
      return { status: 403, title: 'Account unavailable', text: 'This account cannot sign in right now.' };
  }
}
