export { registrableDomain, hostInfo } from './registrable-domain';
export type { HostInfo } from './registrable-domain';
export { unwrapRedirect, unwrapOnce } from './unwrap-redirect';
export { CLICK_TRACKER_DOMAINS } from './click-trackers';
