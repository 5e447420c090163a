/**
 * Whether an Office host opened this page. Office.js finds its host the same way (office.js,
 * OSF._OfficeAppFactory's _retrieveHostInfo): the `_host_Info` parameter Outlook on the web, new Outlook and Mac add
 * to the add-in's URL (in the query, or in the fragment on some hosts), or the `hostInfo` Office.js keeps in
 * window.name across a navigation inside the pane. Classic Outlook's own web views answer
 * window.external.GetHostInfo instead.
 *
 *   '?_host_Info=Outlook$Web$16.01$it-IT$$$$0' => true
 *   'https://addin.acme.it/occhio/taskpane.html' (opened in a browser) => false
 */
export interface PageLocationLike {
  readonly search: string;
  readonly hash: string;
}

const HOST_INFO = /(?:^|[?#&])_host_info=([^&#]+)/i;

export function hostInfoOf(location: PageLocationLike, windowName = ''): string | undefined {
  for (const part of [location.search, location.hash]) {
    const match = HOST_INFO.exec(part);
    if (match?.[1]) {
      try {
        return decodeURIComponent(match[1]);
      } catch {
        return match[1];
      }
    }
  }
  try {
    const saved = JSON.parse(windowName) as { hostInfo?: unknown } | null;
    if (saved && typeof saved.hostInfo === 'string' && saved.hostInfo) return saved.hostInfo;
  } catch {
    // window.name is not Office.js's: no host from it.
  }
  return undefined;
}

/** True when a host's bridge or `_host_Info` says Office opened the page (see hostInfoOf). */
export function isOpenedByOfficeHost(win: { readonly location: PageLocationLike; readonly name?: string; readonly external?: unknown }): boolean {
  if (hostInfoOf(win.location, win.name ?? '') !== undefined) return true;
  try {
    const external = win.external as { GetHostInfo?: unknown } | undefined;
    return typeof external?.GetHostInfo === 'function';
  } catch {
    return false;
  }
}
