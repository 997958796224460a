import { paragraph, renderPage } from './renderPage.js';

/** A page with a title and one sentence: device connected, signed out, or an error the user can act on. */
export function messagePage(options: { title: string; text: string; alert?: boolean; stylesheetHref: string }): string {
  return renderPage({
    title: options.title,
    body: paragraph(options.text, options.alert ? 'alert' : undefined),
    stylesheetHref: options.stylesheetHref,
  });
}
