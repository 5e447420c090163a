// Public link shorteners: anyone can make one point anywhere, so the reader cannot see where it leads.
// Shorteners a brand runs for itself (amzn.to, a.co for Amazon) are listed in that brand's domains instead and
// are not suspicious: the caller checks brandOwningDomain first.
export const URL_SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'bitly.ws', 'tinyurl.com', 'tiny.cc', 'tiny.one', 'goo.gl', 'ow.ly', 'is.gd', 'v.gd',
  'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy', 's.id', 't.ly', 'bit.do', 'qrco.de', 'shorte.st',
  'adf.ly', 'bl.ink', 'short.gy', 'shorturl.gg', 'surl.li', 'u.to', 'clck.ru', 'x.gd', 'soo.gd', 'urlz.fr',
  'l.ead.me', 'tr.ee', 'linktr.ee', 'han.gl', 'me2.do', 'vk.cc', 'ouo.io', 'shrtco.de', '9qr.de', 'qr.ae',
  'tinu.be', 'lnk.bio', 'did.li', 'tiny.pl', 'ln.run', '2u.pw', 'urlr.me', 'snip.ly', 'zpr.io', 'bitly.is',
  'yourls.org', 'lstu.fr', 'rotf.lol', 'shorturl.ac', 'l.linklyhq.com', 'linkly.link', 'dub.sh', 'spoo.me',
  'shorter.me', 'gg.gg', 'bc.vc', 'cli.re', 'tny.sh', 'tinyurl.is', 'kutt.it', 'shor.by', 'hyperurl.co',
  // X's (Twitter's) wrapper: in mail that is not from X it is a free redirector, the most common one in the corpus.
  't.co', 'lmy.de', 'urly.fi', 'shorturl.asia', 'n9.cl', 'lc.cx', 'bityl.co',
  // IP loggers: short links that also record who clicked.
  'grabify.link', 'iplogger.org', 'iplogger.com',
]);

/** Shorteners that are a company's own wrapper in its own mail: X's notifications link through t.co. */
const SHORTENER_OWNERS: Readonly<Record<string, readonly string[]>> = {
  't.co': ['twitter.com', 'x.com'],
  'lnkd.in': ['linkedin.com'],
};

/** isOwnShortener('t.co', 'x.com') => true: the sender's own links, not a hidden destination. */
export function isOwnShortener(shortenerDomain: string, senderDomain: string): boolean {
  return SHORTENER_OWNERS[shortenerDomain]?.includes(senderDomain) ?? false;
}
