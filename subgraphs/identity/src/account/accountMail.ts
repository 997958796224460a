import type { MailMessage } from '../store/MailTransport.js';

/**
 * The account mails (§6), as plain text. Wording stays neutral about whether an address has an account, apart
 * from the mails that only ever go to the account's own address.
 */
export const accountMail = {
  verifyEmail(to: string, link: string): MailMessage {
    return {
      to,
      subject: 'Confirm your email address',
      text: `Welcome to Media Gateway.\n\nConfirm your email address by opening this link within 24 hours:\n${link}\n\nIf you did not create an account, ignore this mail.`,
    };
  },

  /** Sent instead of a verification mail when someone registers an address that already has an account. */
  alreadyRegistered(to: string): MailMessage {
    return {
      to,
      subject: 'Someone tried to register with your email address',
      text: 'Someone tried to create a Media Gateway account with this email address, which already has one.\n\nIf that was you, sign in instead, or reset your password if you forgot it. If it was not you, no action is needed: your account is unchanged.',
    };
  },

  resetPassword(to: string, link: string): MailMessage {
    return {
      to,
      subject: 'Reset your password',
      text: `Someone asked to reset the password of your Media Gateway account.\n\nOpen this link within 1 hour to choose a new password:\n${link}\n\nIf it was not you, ignore this mail; your password stays as it is.`,
    };
  },

  /** §6: a password change "sends a notice". */
  passwordChanged(to: string): MailMessage {
    return {
      to,
      subject: 'Your password was changed',
      text: 'The password of your Media Gateway account was just changed, and every device was signed out.\n\nIf it was not you, reset your password now and contact support.',
    };
  },
};
