// Top-level domains where most registrations are abusive (Spamhaus and Interisle's yearly phishing reports:
// cheap or free names, little checking). A link there is a weak signal alone; legitimate sites exist on all of them.
// '.zip' and '.mov' are also file extensions, so 'invoice.zip' reads as a file and opens a website.
// Compared with tldts' public suffix (private suffixes included), so 'x.sa.com' has the suffix 'sa.com'.

/** Cheap generic names, frequent in the development corpus of phishing but also what many small shops and clubs use. */
export const CHEAP_GENERIC_TLDS: ReadonlySet<string> = new Set([
  'info', 'online', 'shop', 'site', 'store', 'life', 'live', 'club', 'digital', 'zone', 'bio', 'space', 'website', 'agency',
]);

export const ABUSED_TLDS: ReadonlySet<string> = new Set([
  'top', 'xyz', 'click', 'link', 'zip', 'mov', 'cyou', 'sbs', 'cfd', 'icu', 'buzz', 'rest', 'monster', 'quest',
  'bond', 'lol', 'gq', 'tk', 'ml', 'cf', 'ga', 'pw', 'work', 'support', 'loan', 'win', 'date', 'men', 'review',
  'country', 'kim', 'science', 'party', 'racing', 'download', 'stream', 'accountant', 'cricket', 'faith', 'bid',
  'trade', 'webcam', 'cam', 'mom', 'beauty', 'hair', 'makeup', 'skin', 'autos', 'boats', 'yachts', 'homes',
  'motorcycles', 'qpon', 'surf', 'best', 'fit', 'help', 'uno', 'gdn', 'ooo', 'casa', 'vip', 'su',
  ...CHEAP_GENERIC_TLDS,
  // CentralNic's pseudo-TLDs: anyone's subdomain of a company's domain, frequent in the development corpus.
  'sa.com', 'eu.com', 'us.com', 'za.com',
]);
