import { throwawaySender } from '../../../src/engine/detectors/throwaway-sender';
import { testDetector } from '../../support/detector-tester';

const CASINO_HTML = '<p>Your welcome bonus is waiting</p><a href="https://spins-casino.example/claim">Claim</a>';
const FIREBASE_AUTH_TEXT =
  'Follow this link to verify your email address.\nhttps://myapp-1a2b3.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=abc\nIf you didn’t ask to verify this address, you can ignore this email.';

testDetector(throwawaySender, {
  valid: [
    { name: 'a company domain', message: { from: 'Acme <news@acme.example>' } },
    { name: 'a person on webmail with their own name', message: { from: 'Mario Rossi <mario.rossi78@gmail.com>' } },
    { name: 'a person on webmail with a nickname mailbox', message: { from: 'Russell Turpin <deafbox@hotmail.com>' } },
    { name: 'a webmail handle with a lowercase underscore', message: { from: 'timothy_hodkinson <timothy_hodkinson@yahoo.co.uk>' } },
    { name: 'a person and a year', message: { from: 'Jane Konan <jkonan1157@gmail.com>' } },
    { name: 'an honorific before the owner’s own name', message: { from: 'Mrs Anna Rossi <anna.rossi@libero.it>' } },
    { name: 'an all-capital word that only looks like an honorific', message: { from: 'SIG Investments <kristyjones910@gmail.com>' } },
    { name: 'an executive title on webmail is internal-impersonation’s', message: { from: 'Helpdesk <helpdesk.2026@outlook.com>' } },
    { name: 'the hosting platform itself', message: { from: 'Firebase <noreply@firebaseapp.com>' } },
    { name: 'a personal domain under a private suffix', message: { from: 'Ville Skyttä <ville.skytta@iki.fi>' } },
    {
      name: 'a list relay showing a member’s name',
      message: { from: 'Online Support Team <someone@gmail.com>', headers: [['List-Id', '<users.lists.example>']] },
    },
    {
      name: 'a trusted sender',
      message: { from: 'Casino Rewards <noreply@canad-7aae6.firebaseapp.com>', html: CASINO_HTML },
      policy: { trustedSenders: ['noreply@canad-7aae6.firebaseapp.com'] },
    },
  ],
  invalid: [
    {
      name: 'a campaign name on webmail, relayed by a throwaway group whose name is keys mashed on a keyboard',
      message: {
        from: '#Harbor_Rewards# <shopper.deals.2k@gmail.com>',
        headers: [['List-Id', '<xdtcfjhvtrsdfgcgbnbx.promo77.click>']],
      },
      findings: [{ messageId: 'decorated-name', severity: 'medium' }],
    },
    {
      name: 'a casino campaign from an app-hosting project',
      message: { from: 'Wildzy Casino <no-reply@ghghghgggg-64b02.firebaseapp.com>', html: CASINO_HTML },
      findings: [
        {
          messageId: 'app-hosting',
          severity: 'medium',
          data: { address: 'no-reply@ghghghgggg-64b02.firebaseapp.com', platform: 'firebaseapp.com' },
          evidence: 'no-reply@ghghghgggg-64b02.firebaseapp.com',
        },
      ],
    },
    {
      name: 'an app’s own verification mail linking only to itself is only weak',
      message: { from: 'MyApp <noreply@myapp-1a2b3.firebaseapp.com>', text: FIREBASE_AUTH_TEXT },
      findings: [{ messageId: 'app-hosting', severity: 'low' }],
    },
    {
      name: 'another app host',
      message: { from: 'Deals <offers@cheap-deals.herokuapp.com>', html: CASINO_HTML },
      findings: [{ messageId: 'app-hosting', data: { platform: 'herokuapp.com' } }],
    },
    {
      name: 'a dynamic-DNS home machine',
      message: { from: 'fotc.461@infracc24.ddns.net' },
      findings: [{ messageId: 'dynamic-dns', severity: 'low', evidence: 'fotc.461@infracc24.ddns.net' }],
    },
    {
      name: 'a campaign name with hashes and underscores on webmail',
      message: { from: '#Kohls_Rewards# <mnsi10110908@gmail.com>' },
      findings: [{ messageId: 'decorated-name', severity: 'medium', evidence: 'From: #Kohls_Rewards# <mnsi10110908@gmail.com>' }],
    },
    {
      name: 'a brand name with a code on webmail',
      message: { from: '"Tim Hortons        #IY" <mg.ho.n86@gmail.com>' },
      findings: [{ messageId: 'decorated-name' }],
    },
    {
      name: 'an organization on webmail',
      message: { from: '"ECOWAS COMPENSATION COMMISSION 2025." <ecowascompensationc@gmail.com>' },
      findings: [{ messageId: 'organization-name', data: { name: 'ECOWAS COMPENSATION COMMISSION 2025.' } }],
    },
    {
      name: 'an advertising desk on webmail',
      message: { from: 'Online Advert <directaxiscustomerservices002@outlook.com>' },
      findings: [{ messageId: 'organization-name' }],
    },
    {
      name: 'a stranger with an honorific',
      message: { from: 'Mrs Margret Nelson <gosstom3@gmail.com>' },
      findings: [{ messageId: 'honorific-stranger', severity: 'medium', data: { name: 'Mrs Margret Nelson', address: 'gosstom3@gmail.com' } }],
    },
    {
      name: 'an Italian honorific without a space',
      message: { from: 'Sig.ra Margaret Wilson <anthonyrivera5521@outlook.com>' },
      findings: [{ messageId: 'honorific-stranger' }],
    },
    {
      name: 'a bulk account made from another person’s name',
      message: { from: 'Eliane Burrage <deborahjonesekr6@gmail.com>' },
      findings: [{ messageId: 'other-person-account', severity: 'medium', evidence: 'deborahjonesekr6@gmail.com' }],
    },
  ],
});
