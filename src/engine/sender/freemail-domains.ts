// Free webmail providers (SpamAssassin's freemail_domains, trimmed to those seen in Europe and Brazil).
// A company, bank or courier never writes from these; a scam often does.
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.it', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.es', 'yahoo.de', 'yahoo.com.br',
  'ymail.com', 'rocketmail.com', 'hotmail.com', 'hotmail.it', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.es', 'hotmail.de',
  'outlook.com', 'outlook.it', 'outlook.fr', 'outlook.es', 'outlook.de', 'live.com', 'live.it', 'live.co.uk', 'live.fr',
  'msn.com', 'aol.com', 'aim.com', 'icloud.com', 'me.com', 'mac.com', 'gmx.com', 'gmx.de', 'gmx.net', 'gmx.at',
  'web.de', 'mail.com', 'email.com', 'protonmail.com', 'proton.me', 'pm.me', 'tutanota.com', 'tuta.io', 'zoho.com',
  'zohomail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'libero.it', 'virgilio.it',
  'tiscali.it', 'alice.it', 'tim.it', 'email.it', 'fastwebnet.it', 'inwind.it', 'iol.it', 'katamail.com', 'aruba.it',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 't-online.de', 'freenet.de', 'arcor.de', 'bol.com.br',
  'uol.com.br', 'terra.com.br', 'ig.com.br', 'terra.es', 'telefonica.net', 'qq.com', '163.com', '126.com', 'sina.com',
  'naver.com', 'rediffmail.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'abv.bg', 'mail.bg',
  'hushmail.com', 'fastmail.com', 'fastmail.fm', 'mailfence.com', 'att.net', 'sbcglobal.net', 'comcast.net',
  'verizon.net', 'btinternet.com', 'sky.com', 'ntlworld.com', 'blueyonder.co.uk', 'shaw.ca', 'rogers.com', 'bigpond.com',
  'optusnet.com.au', 'cox.net', 'charter.net', 'earthlink.net', 'juno.com', 'netzero.net', 'excite.com', 'lycos.com',
]);

/** True for addresses at free webmail providers: isFreemailDomain('mario.rossi@libero.it'.split('@')[1]) => true. */
export function isFreemailDomain(domain: string): boolean {
  return FREEMAIL_DOMAINS.has(domain.toLowerCase());
}
