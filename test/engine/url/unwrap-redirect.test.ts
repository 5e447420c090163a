import { unwrapRedirect } from '../../../src/engine/url';

describe('unwrapRedirect', () => {
  it.each([
    ['Safe Links', `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://evil.example/a')}&data=1`, 'https://evil.example/a'],
    ['Google AMP viewer', 'https://www.google.com/amp/s/evil.example/login?x=1', 'https://evil.example/login?x=1'],
    ['Google AMP viewer over http', 'https://www.google.it/amp/evil.example/', 'http://evil.example/'],
    ['Barracuda Link Protection', 'https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fevil.example%2fx&c=E,1,abc', 'https://evil.example/x'],
    ['Cisco Secure Email', 'https://secure-web.cisco.com/1AbCdEf/https%3A%2F%2Fevil.example%2Fx', 'https://evil.example/x'],
    ['Postmark click tracker (https)', 'https://click.pstmrk.it/3s/ledger-recover.s3.eu-north-1.amazonaws.com%2Frecover.html/ahc/9E_vAQ/AQ/e16b/1/-5IK', 'https://ledger-recover.s3.eu-north-1.amazonaws.com/recover.html'],
    ['Postmark click tracker (http)', 'https://click.pstmrk.it/3/linktta.example%2Fmod/ahc/9E_vAQ/AQ/e16b/1/-5IK', 'http://linktta.example/mod'],
    ['Amazon SES click tracker', 'https://vk39fk6q.r.eu-west-1.awstrack.me/L0/https:%2F%2Fwww.voicemail.example%2Fcustom%3Ft=abc/1/0102018969854525-eb08/5sVI=331', 'https://www.voicemail.example/custom?t=abc'],
    ['Bing click redirect', `https://www.bing.com/ck/a?!&&p=98042caa&ptn=3&u=a1${'aHR0cHM6Ly9ldmlsLmV4YW1wbGUvbG9naW4'}&ntb=1`, 'https://evil.example/login'],
    // Open redirectors of ad and affiliate networks: anyone can buy a click URL that lands anywhere.
    ['Google Ads click (googleadservices.com adurl=)', 'https://www.googleadservices.com/pagead/aclk?sa=L&ai=DChcSEwi&ohost=www.google.com&adurl=https://paypal-login.evil.example/x', 'https://paypal-login.evil.example/x'],
    ['DoubleClick click (adurl=)', `https://googleads.g.doubleclick.net/pcs/click?xai=AKAOjs&sig=Cg0ArKJSzA&adurl=${encodeURIComponent('https://evil.example/?a=1&b=2')}`, 'https://evil.example/?a=1&b=2'],
    ['DoubleClick Campaign Manager (target after ?)', 'https://ad.doubleclick.net/ddm/trackclk/N1234.5678SITE/B2468.1;dc_trk_aid=1;dc_trk_cid=2;dc_lat=;dc_rdid=?https://evil.example/landing', 'https://evil.example/landing'],
    ['Search Ads 360 (ds_dest_url=)', 'https://clickserve.dartsearch.net/link/click?lid=43700&ds_s_kwgid=58700&ds_dest_url=https://evil.example/', 'https://evil.example/'],
    ['Adform (cpdir=)', 'https://track.adform.net/C/?bn=12345;cpdir=https://evil.example/x', 'https://evil.example/x'],
    ['Awin (ued=)', `https://www.awin1.com/cread.php?awinmid=1&awinaffid=2&ued=${encodeURIComponent('https://evil.example/')}`, 'https://evil.example/'],
    ['Rakuten LinkShare (murl=)', `https://click.linksynergy.com/deeplink?id=abc&mid=1&murl=${encodeURIComponent('https://evil.example/')}`, 'https://evil.example/'],
    ['DuckDuckGo result (uddg=)', `https://duckduckgo.com/l/?uddg=${encodeURIComponent('https://evil.example/')}&rut=abc`, 'https://evil.example/'],
    ['Yahoo search result (RU= in the path)', 'https://r.search.yahoo.com/_ylt=AwrE;_ylu=Y29sbw--/RV=2/RE=1700000000/RO=10/RU=https%3a%2f%2fevil.example%2flogin/RK=2/RS=abc-', 'https://evil.example/login'],
    ['Safe Links around Google AMP', `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://www.google.com/amp/s/evil.example/')}`, 'https://evil.example/'],
  ])('%s', (_name, href, expected) => {
    expect(unwrapRedirect(href)).toBe(expected);
  });

  it.each([
    'https://www.google.com/search?q=amp',
    'https://notgoogle.example/amp/s/evil.example/',
    'https://secure-web.cisco.com/only-a-token',
    'https://subscriptions.pstmrk.it/unsubscribe?m=1.AAAA',
    'https://x.r.eu-west-1.awstrack.me/I0/0102018969854525/abc',
    'https://www.bing.com/ck/a?!&&p=abc&u=a1!!notbase64',
    'https://www.bing.com/search?q=evil',
    'https://secure-web.cisco.com/1AbC/https%3A%2F%2F%E0%A4%A',
    'https://ad.doubleclick.net/ddm/trackclk/N1234.5678SITE/B2468.1;dc_trk_aid=1',
    'https://www.googleadservices.com/pagead/conversion/123/?label=abc',
    'https://r.search.yahoo.com/_ylt=AwrE/RV=2/RU=not-a-url/RK=2',
  ])('leaves %s as it is', (href) => {
    expect(unwrapRedirect(href)).toBe(href);
  });
});
