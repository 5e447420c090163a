import { internalImpersonation } from '../../../src/engine/detectors/internal-impersonation';
import type { Policy } from '../../../src/engine';
import { DEFAULT_POLICY } from '../../../src/engine';
import { testDetector } from '../../support/detector-tester';

const ACME: Partial<Policy> = { organization: { name: 'Acme S.p.A.', domains: ['acme.it', 'acme.com'] } };

testDetector(internalImpersonation, {
  valid: [
    { name: 'no organization: a person from webmail says nothing', message: { from: 'Giovanni Bianchi <giovanni.bianchi@gmail.com>', to: 'Bob <bob@acme.it>' } },
    { name: "no organization: a CEO writing from the company's own domain", message: { from: 'Anna Smith, CFO <anna.smith@acme.example>' } },
    { name: 'no organization: a role word inside another word', message: { from: 'Presidential Travel Deals <deals.travel@gmail.com>' } },
    { name: "no organization: an outside role other than a company's ('Support')", message: { from: 'Mario Rossi Support <mario.rossi@gmail.com>' } },
    { name: 'no organization: a role on an outside company domain', message: { from: 'Direzione Generale <dg@studio-legale.example>' } },
    { name: 'an empty organization block', message: { from: 'Acme IT Support <it@evil.xyz>' }, policy: { organization: DEFAULT_POLICY.organization } },
    { name: 'a colleague from an internal domain', message: { from: 'Direzione <direzione@acme.it>', to: 'Bob <bob@acme.it>' }, policy: ACME },
    { name: 'an internal subdomain', message: { from: 'Acme IT Support <noreply@helpdesk.acme.com>' }, policy: ACME },
    { name: 'a vendor whose name merely contains a role word', message: { from: 'Zendesk Support <support@zendesk.com>', to: 'Bob <bob@acme.it>' }, policy: ACME },
    { name: "a name that contains the organization's name inside another word", message: { from: 'Acmeshop Offerte <news@acmeshop.xyz>' }, policy: ACME },
    { name: 'an outside person with an ordinary name', message: { from: 'Giulia Verdi <giulia@studio-verdi.it>', to: 'Bob Bianchi <bob@acme.it>' }, policy: ACME },
    {
      name: 'a trusted outside sender',
      message: { from: 'Acme Payroll <payroll@payroll-provider.example>' },
      policy: { ...ACME, trustedSenders: ['payroll@payroll-provider.example'] },
    },
    {
      name: 'a mailing list relaying a member',
      message: { from: 'Acme S.p.A. <news@lists.example.org>', headers: [['List-Id', '<news.lists.example.org>']] },
      policy: ACME,
    },
    { name: 'a first name alone equal to a recipient', message: { from: 'Mario <mario@friend.example>', to: 'Mario <mario@acme.it>' }, policy: ACME },
  ],
  invalid: [
    {
      name: 'no organization: an executive title from webmail (CEO fraud)',
      message: { from: '"Giovanni Bianchi - Amministratore Delegato" <giovanni.bianchi.ceo@gmail.com>', to: 'Mario <mario.rossi@acme.example>' },
      findings: [{ messageId: 'executive-webmail', severity: 'medium', data: { address: 'giovanni.bianchi.ceo@gmail.com' }, evidence: 'giovanni.bianchi.ceo@gmail.com' }],
    },
    {
      name: "no organization: 'CEO' alone from webmail",
      message: { from: 'CEO <ceo.office@gmail.com>', to: 'Bob <bob@acme.it>' },
      findings: [{ messageId: 'executive-webmail', severity: 'medium' }],
    },
    {
      name: 'no organization: an office from webmail',
      message: { from: 'IT Helpdesk <it.helpdesk.2026@outlook.com>' },
      findings: [{ messageId: 'executive-webmail', severity: 'medium', data: { name: 'IT Helpdesk' } }],
    },
    {
      name: 'with an organization: a person with an executive title from webmail',
      message: { from: 'John Smith (CEO) <john.smith.exec@gmail.com>', to: 'Bob <bob@acme.it>' },
      policy: { organization: { name: 'Acme', domains: ['acme.example'] } },
      findings: [{ messageId: 'executive-webmail', severity: 'medium' }],
    },
    {
      name: "the organization's name from webmail",
      message: { from: 'Acme SpA Amministrazione <acme.spa.amm@gmail.com>' },
      policy: ACME,
      findings: [{ messageId: 'organization-name', severity: 'high', data: { address: 'acme.spa.amm@gmail.com' }, evidence: 'acme.spa.amm@gmail.com' }],
    },
    {
      name: "the organization's name from an outside domain",
      message: { from: 'Acme IT Support <it-support@mailbox-update.xyz>' },
      policy: ACME,
      findings: [{ messageId: 'organization-name', severity: 'medium', data: { name: 'Acme IT Support', address: 'it-support@mailbox-update.xyz' } }],
    },
    {
      name: 'an internal address written as the name',
      message: { from: '"it@acme.it" <alert@quota-warning.xyz>' },
      policy: ACME,
      findings: [{ messageId: 'organization-name', severity: 'high' }],
    },
    {
      name: 'the name of a colleague in Cc, from outside',
      message: { from: 'Laura Neri <laura.neri.ceo@mail-exec.xyz>', to: 'Bob <bob@acme.it>', cc: 'Laura Neri <laura.neri@acme.it>' },
      policy: ACME,
      findings: [{ messageId: 'colleague', severity: 'medium', data: { name: 'Laura Neri' } }],
    },
    {
      name: 'the only recipient writing to themselves from webmail: weak',
      message: { from: 'Bob Bianchi <bob.bianchi@libero.it>', to: 'Bob Bianchi <bob@acme.it>' },
      policy: ACME,
      findings: [{ messageId: 'colleague', severity: 'low' }],
    },
    {
      name: "'CEO' from webmail",
      message: { from: 'CEO <ceo.office2026@gmail.com>', to: 'Bob <bob@acme.it>' },
      policy: ACME,
      findings: [{ messageId: 'role', severity: 'medium', data: { name: 'CEO', address: 'ceo.office2026@gmail.com' } }],
    },
    {
      name: "'Direzione Generale' from an outside domain: weak",
      message: { from: 'Direzione Generale <dg@studio-legale.example>' },
      policy: ACME,
      findings: [{ messageId: 'role', severity: 'low' }],
    },
    {
      name: "'IT-Helpdesk' written with decoration",
      message: { from: '"IT - Helpdesk" <helpdesk@webmail-upgrade.xyz>' },
      policy: { organization: { name: '', domains: ['acme.it'] } },
      findings: [{ messageId: 'role', data: { name: 'IT - Helpdesk' } }],
    },
  ],
});
