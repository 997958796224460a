import type { Settings } from '../resolveSettings.js';

/** `config show`: the effective settings of the profile, where each came from, and the files. */
export interface ConfigView {
  profileName: string;
  files: { config: string; credentials: string };
  url: { value: string; source: string };
  region: { value: string; source: string };
  profile: string | null;
  device: string | null;
}

export function configView(settings: Settings, files: { config: string; credentials: string }): ConfigView {
  return {
    profileName: settings.profileName,
    files,
    url: { value: settings.url, source: settings.urlSource },
    region: { value: settings.region, source: settings.regionSource },
    profile: settings.profile ?? null,
    device: settings.device ?? null,
  };
}

export function formatConfig(view: ConfigView): string {
  return [
    `profile name: ${view.profileName}`,
    `config file:  ${view.files.config}`,
    `credentials:  ${view.files.credentials}`,
    `url:          ${view.url.value} (${view.url.source})`,
    `region:       ${view.region.value} (${view.region.source})`,
    `profile:      ${view.profile ?? '(your first profile)'}`,
    `device:       ${view.device ?? '(registered on first watchlist change)'}`,
  ].join('\n');
}
