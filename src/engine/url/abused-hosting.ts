// Services where anyone can publish a page, a form or a file in minutes under a trusted-looking name: free site
// builders, app hosting, cloud storage buckets, form builders, tunnels to a home computer, and IPFS gateways (pages
// that cannot be taken down). Phishing kits live there because the domain itself has a good reputation.

export type HostingKind = 'site-builder' | 'form' | 'storage' | 'tunnel' | 'ipfs';

/** Host suffixes (a host matches itself or any subdomain) and what they offer. */
const HOST_SUFFIXES: readonly (readonly [string, HostingKind])[] = [
  ['weebly.com', 'site-builder'], ['weeblysite.com', 'site-builder'], ['wixsite.com', 'site-builder'],
  ['wixstudio.io', 'site-builder'], ['editorx.io', 'site-builder'], ['square.site', 'site-builder'],
  ['godaddysites.com', 'site-builder'], ['webflow.io', 'site-builder'], ['framer.app', 'site-builder'],
  ['framer.website', 'site-builder'], ['carrd.co', 'site-builder'], ['mystrikingly.com', 'site-builder'],
  ['jimdosite.com', 'site-builder'], ['site123.me', 'site-builder'], ['yolasite.com', 'site-builder'],
  ['webnode.page', 'site-builder'], ['000webhostapp.com', 'site-builder'], ['firebaseapp.com', 'site-builder'],
  ['web.app', 'site-builder'], ['pages.dev', 'site-builder'], ['workers.dev', 'site-builder'],
  ['netlify.app', 'site-builder'], ['vercel.app', 'site-builder'], ['herokuapp.com', 'site-builder'],
  ['onrender.com', 'site-builder'], ['glitch.me', 'site-builder'], ['repl.co', 'site-builder'],
  ['replit.app', 'site-builder'], ['azurewebsites.net', 'site-builder'], ['notion.site', 'site-builder'],
  ['my.canva.site', 'site-builder'], ['canva.site', 'site-builder'], ['wcomhost.com', 'site-builder'],
  ['firebasestorage.googleapis.com', 'storage'], ['storage.googleapis.com', 'storage'], ['r2.dev', 'storage'],
  ['blob.core.windows.net', 'storage'], ['web.core.windows.net', 'storage'], ['digitaloceanspaces.com', 'storage'],
  ['backblazeb2.com', 'storage'], ['filesusr.com', 'storage'], ['appspot.com', 'site-builder'], ['run.app', 'site-builder'], ['cloudfunctions.net', 'site-builder'], ['supabase.co', 'storage'],
  ['forms.gle', 'form'], ['jotform.com', 'form'], ['jotform.co', 'form'], ['typeform.com', 'form'],
  ['formstack.com', 'form'], ['123formbuilder.com', 'form'], ['cognitoforms.com', 'form'], ['wufoo.com', 'form'],
  ['paperform.co', 'form'], ['zohopublic.com', 'form'], ['formsite.com', 'form'], ['hsforms.com', 'form'],
  ['ngrok.io', 'tunnel'], ['ngrok-free.app', 'tunnel'], ['ngrok.app', 'tunnel'], ['ngrok-free.dev', 'tunnel'],
  ['trycloudflare.com', 'tunnel'], ['loca.lt', 'tunnel'], ['serveo.net', 'tunnel'], ['localhost.run', 'tunnel'],
  ['ipfs.io', 'ipfs'], ['dweb.link', 'ipfs'], ['cloudflare-ipfs.com', 'ipfs'], ['ipfs.w3s.link', 'ipfs'],
  ['w3s.link', 'ipfs'], ['nftstorage.link', 'ipfs'], ['fleek.co', 'ipfs'], ['4everland.io', 'ipfs'],
  ['pinata.cloud', 'ipfs'], ['mypinata.cloud', 'ipfs'], ['infura-ipfs.io', 'ipfs'], ['gateway.lighthouse.storage', 'ipfs'],
];

/** Hosts that are abused only under a path: a Google Docs form, not every Google Doc. */
const HOST_PATHS: readonly (readonly [string, RegExp, HostingKind])[] = [
  ['docs.google.com', /^\/forms\//i, 'form'],
  ['docs.google.com', /^\/(?:drawings|presentation)\/d\/[^/]{10,200}\/(?:pub|view)/i, 'site-builder'],
  ['sites.google.com', /^\/view\//i, 'site-builder'],
  ['forms.office.com', /^\/(?:r|pages)\//i, 'form'],
  ['forms.microsoft.com', /^\/(?:r|pages)\//i, 'form'],
];

/** S3 bucket endpoints ('bucket.s3.us-east-2.amazonaws.com', 's3.amazonaws.com/bucket'): anyone's files under Amazon's name. */
const S3_HOST = /(?:^|\.)s3(?:[.-][a-z0-9-]{1,30})?\.amazonaws\.com$/;

/** IPFS content addresses ('/ipfs/Qm...' or 'bafy...'), served by any gateway, including unknown ones. */
const IPFS_PATH = /^\/ipfs\/(?:Qm[1-9a-z]{44}|b[a-z2-7]{50,})/i;
const IPFS_SUBDOMAIN = /^b[a-z2-7]{50,}\.ipfs\./;

function matchesSuffix(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/**
 * What kind of free hosting serves this link, if any:
 * abusedHosting('evil-login.web.app', '/') => { kind: 'site-builder', service: 'web.app' };
 * abusedHosting('docs.google.com', '/forms/d/e/1FAIpQL.../viewform') => { kind: 'form', service: 'docs.google.com' }.
 */
export function abusedHosting(host: string, path: string): { kind: HostingKind; service: string } | undefined {
  if (IPFS_PATH.test(path) || IPFS_SUBDOMAIN.test(host)) return { kind: 'ipfs', service: 'IPFS' };
  for (const [suffix, kind] of HOST_SUFFIXES) if (matchesSuffix(host, suffix)) return { kind, service: suffix };
  if (S3_HOST.test(host)) return { kind: 'storage', service: 'amazonaws.com' };
  for (const [exact, pathPattern, kind] of HOST_PATHS) if (host === exact && pathPattern.test(path)) return { kind, service: exact };
  return undefined;
}
