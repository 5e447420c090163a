import { abusedHosting, downloadedFile, isCallToAction, isFooterLinkText } from '../../../src/engine/url';

describe('abusedHosting', () => {
  it.each([
    ['evil.web.app', '/', 'site-builder'],
    ['x.blob.core.windows.net', '/index.html', 'storage'],
    ['docs.google.com', '/forms/d/e/1FAIpQL/viewform', 'form'],
    ['abc.ngrok-free.app', '/', 'tunnel'],
    ['gateway.example', '/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG', 'ipfs'],
    ['regularizar-1.southamerica-east1.run.app', '/', 'site-builder'],
    ['f715c1.filesusr.com', '/html/046237_90a5a5b5d3903dd26e0f.html', 'storage'],
  ])('%s%s is %s', (host, path, kind) => {
    expect(abusedHosting(host, path)?.kind).toBe(kind);
  });

  it.each([
    ['docs.google.com', '/document/d/1abc/edit'],
    ['www.example.com', '/ipfs-explained'],
    ['notweb.app.example.com', '/'],
  ])('%s%s is not', (host, path) => {
    expect(abusedHosting(host, path)).toBeUndefined();
  });
});

describe('downloadedFile', () => {
  it('reads the last path segment, decoded', () => {
    expect(downloadedFile('/files/Invoice%20March.pdf.exe?x=1')).toEqual({ file: 'Invoice March.pdf.exe', kind: 'executable' });
    expect(downloadedFile('/a/b.iso#frag')).toEqual({ file: 'b.iso', kind: 'disk-image' });
  });

  it('ignores pages, server programs and source tarballs', () => {
    expect(downloadedFile('/news/today.html')).toBeUndefined();
    expect(downloadedFile('/ws/eBayISAPI.dll?ViewItem')).toBeUndefined();
    expect(downloadedFile('/pub/tool-1.0.tar.gz')).toBeUndefined();
    expect(downloadedFile('/go/www.shop.com')).toBeUndefined();
    expect(downloadedFile('/bad%E0%A4%A')).toBeUndefined();
  });
});

describe('link roles', () => {
  it.each(['Unsubscribe', 'Annulla iscrizione', 'Descadastrar', 'Darse de baja', 'Se désabonner', 'Abbestellen', 'Privacy Policy', 'View this email in your browser'])(
    '%s is a footer link',
    (text) => expect(isFooterLinkText(text)).toBe(true),
  );

  it.each(['Verify now', 'Accedi', 'Verifica i tuoi dati', 'Clique aqui', 'Acessar minha conta', 'Iniciar sesión', 'Vérifier', 'Jetzt bestätigen', 'Sign in'])(
    '%s is a call to action',
    (text) => expect(isCallToAction(text)).toBe(true),
  );

  it.each(['Read the article', 'Our store', 'Il tuo ordine', 'Noticias'])('%s is neither', (text) => {
    expect(isCallToAction(text)).toBe(false);
    expect(isFooterLinkText(text)).toBe(false);
  });
});
