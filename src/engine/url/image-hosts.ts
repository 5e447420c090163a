// Free, anonymous picture-sharing sites. Anyone can upload a picture there and hot-link it from a mail; scam kits do
// so because their own domains get blocked and an image host cannot be blocked without breaking half the web.
// Genuine senders serve their pictures from their own servers, their ESP's CDN or inline parts: in the development
// corpus these hosts serve images in about one phishing message in three and in no legitimate one.

/** Registrable domains of anonymous image hosts (a host matches by its registrable domain). */
const IMAGE_HOST_DOMAINS: ReadonlySet<string> = new Set([
  'imgur.com', 'imgur.io', 'zupimages.net', 'postimg.cc', 'postimg.org', 'postimages.org', 'ibb.co', 'imgbb.com',
  'imageshack.com', 'imageshack.us', 'tinypic.com', 'photobucket.com', 'freeimage.host', 'imgbox.com',
  'pixhost.to', 'prnt.sc', 'gyazo.com', 'servimg.com', 'hostingpics.net', 'casimages.com', 'noelshack.com',
  'lensdump.com', 'imgpile.com', 'pasteboard.co', 'goopics.net', 'imgchest.com', 'top4top.io', 'imagevenue.com',
  'pixxxels.cc', 'funkyimg.com', 'imgflip.com', 'picresize.com', 'imgtr.ee', 'catbox.moe', 'imgdrop.io',
]);

/**
 * Media hosts of social networks: anonymous when hot-linked by someone else, the network's own in its notifications
 * (X's mails show pictures from pbs.twimg.com).
 */
const SOCIAL_MEDIA_HOSTS: Readonly<Record<string, readonly string[]>> = {
  'twimg.com': ['twitter.com', 'x.com'],
};

/**
 * anonymousImageHost('i.imgur.com', 'shop.example') => 'imgur.com';
 * anonymousImageHost('pbs.twimg.com', 'x.com') => undefined (X's own pictures in X's mail).
 * `imageDomain` and `senderDomain` are registrable domains.
 */
export function anonymousImageHost(imageDomain: string, senderDomain: string): string | undefined {
  if (IMAGE_HOST_DOMAINS.has(imageDomain)) return imageDomain;
  const owners = SOCIAL_MEDIA_HOSTS[imageDomain];
  if (owners && !owners.includes(senderDomain)) return imageDomain;
  return undefined;
}
