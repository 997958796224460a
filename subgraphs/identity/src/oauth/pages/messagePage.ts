import { escapeHtml, paragraph, renderPage } from './renderPage.js';

export interface MessagePageOptions {
  title: string;
  text: string;
  alert?: boolean;
  /** Where the user can go from here, e.g. back to the sign-in page after a refused attempt. */
  link?: { href: string; text: string };
  stylesheetHref: string;
}

/** A page with a title and one sentence: device connected, signed out, or an error the user can act on. */
export function messagePage(options: MessagePageOptions): string {
  const link = options.link ? `\n<p><a href="${escapeHtml(options.link.href)}">${escapeHtml(options.link.text)}</a></p>` : '';
  return renderPage({
    title: options.title,
    body: paragraph(options.text, options.alert ? 'alert' : undefined) + link,
    stylesheetHref: options.stylesheetHref,
  });
}
