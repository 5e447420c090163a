import { htmlForm } from '../../../src/engine/detectors/html-form';
import { testDetector } from '../../support/detector-tester';

testDetector(htmlForm, {
  valid: [
    { name: 'no form', message: { html: '<p>Hello</p>' } },
    {
      name: 'newsletter search box',
      message: { html: '<form action="http://www.search.example/redirect" method="get"><input type="text" name="q"><select name="target"></select><input type="submit"></form>' },
    },
    {
      name: 'search box named after its purpose',
      message: { html: '<form action="https://shop.example/index.asp" method="post"><input type="hidden" name="store"><input type="text" name="search_searchvalue"><input type="image" name="go"></form>' },
    },
    { name: 'form with only buttons and hidden fields', message: { html: '<form action="https://www.example.com/click"><input type="hidden" name="url" value="x"><input type="submit" value="Go"></form>' } },
    { name: 'empty form left by a template', message: { html: '<form></form><p>Hi</p>' } },
    {
      name: 'newsletter subscribe box with one e-mail field',
      message: { html: '<form action="http://www.news.example/subscribe" method="post"><input type="hidden" name="list"><input type="text" name="email1"><input type="image" name="send"></form>' },
    },
    {
      name: 'ask-the-expert question box',
      message: { html: '<form action="http://www.tech.example/QuestionRedirect.asp" method="post"><textarea name="Question"></textarea><input type="image" name="submit"></form>' },
    },

  ],
  invalid: [
    {
      name: 'password field posting away',
      message: { html: '<form action="https://collect.example.net/p.php" method="post"><input type="email" name="email"><input type="password" name="pass"><button>Accedi</button></form>' },
      findings: [{ messageId: 'passwordForm', severity: 'high', data: { destination: 'example.net', fields: 'pass (password)' }, evidence: 'https://collect.example.net/p.php' }],
    },
    {
      name: 'card and CVV fields',
      message: { html: '<form action="http://198.51.100.7/pay"><input name="cardnumber"><input name="exp"><input name="cvv" type="text"></form>' },
      findings: [{ messageId: 'sensitiveForm', severity: 'high', data: { destination: '198.51.100.7' }, evidence: 'cvv' }],
    },
    {
      name: 'OTP code field (Italian)',
      message: { html: '<form action="https://verifica.example.it/otp"><input type="text" name="codice_otp"></form>' },
      findings: [{ messageId: 'sensitiveForm', severity: 'high' }],
    },
    {
      name: 'Portuguese senha field without type=password',
      message: { html: '<form action="https://acesso.example.com.br/"><input name="cpf"><input name="senha"></form>' },
      findings: [{ messageId: 'sensitiveForm', severity: 'high', evidence: 'senha' }],
    },
    {
      name: 'personal data harvest',
      message: { html: '<form action="https://update.example.org/s" method="post"><input name="full_name"><input type="email" name="mail"><input type="tel" name="phone"></form>' },
      findings: [{ messageId: 'dataForm', severity: 'medium', data: { destination: 'example.org' } }],
    },
    {
      name: 'several free-text fields are a weak signal',
      message: { html: '<form action="//translate.example.com/vote" method="post"><input type="text" name="sl"><input type="text" name="tl"><input type="submit"></form><p>x</p>' },
      findings: [{ messageId: 'dataForm', severity: 'low', data: { destination: 'example.com', fields: 'sl (text), tl (text)' } }],
    },
    {
      name: 'form without an action still collects',
      message: { html: '<form><textarea name="message"></textarea><input type="text" name="reply"></form>' },
      findings: [{ messageId: 'dataForm', severity: 'low', data: { destination: '—' } }],
    },
    {
      name: 'protocol-relative action',
      message: { html: '<form action="//collect.example.com/x" method="post"><input type="password" name="pw"></form>' },
      findings: [{ messageId: 'passwordForm', data: { destination: 'example.com' } }],
    },
  ],
});
