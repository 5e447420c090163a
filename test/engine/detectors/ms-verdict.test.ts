import { msVerdict } from '../../../src/engine/detectors/ms-verdict';
import { testDetector } from '../../support/detector-tester';

const report = (fields: string): [string, string] => [
  'X-Forefront-Antispam-Report',
  `CIP:203.0.113.7;CTRY:NL;LANG:it;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.example;PTR:mail.example;${fields}DIR:INB;`,
];

testDetector(msVerdict, {
  valid: [
    { name: 'no Microsoft stamps (corpus mail, other providers)', message: {} },
    { name: 'clean inbound report', message: { headers: [report('CAT:NONE;SFS:(13230040);')] } },
    { name: 'the sending tenant outbound report (DIR:OUT) says nothing about us', message: { headers: [['X-Forefront-Antispam-Report', 'CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;CAT:PHSH;DIR:OUT;SFP:1102;']] } },
    { name: 'the untrusted copy of another tenant is ignored', message: { headers: [['X-Forefront-Antispam-Report-Untrusted', 'CAT:PHSH;SCL:9;DIR:INB;']] } },
    { name: 'SCL -1: an admin rule bypassed filtering', message: { headers: [['X-MS-Exchange-Organization-SCL', '-1']] } },
    { name: 'low bulk level', message: { headers: [['X-Microsoft-Antispam', 'BCL:3;ARA:1444111002;']] } },
    { name: 'a garbage SCL', message: { headers: [['X-MS-Exchange-Organization-SCL', 'lots']] } },
  ],
  invalid: [
    {
      name: 'CAT:PHSH is phishing',
      message: { headers: [report('SCL:9;CAT:PHSH;')] },
      findings: [{ messageId: 'phishing', severity: 'high', data: { stamp: 'CAT:PHSH' }, evidence: 'X-Forefront-Antispam-Report: CAT:PHSH' }],
    },
    {
      name: 'high-confidence phishing with a spam confidence level',
      message: { headers: [report('CAT:HPHSH;'), ['X-MS-Exchange-Organization-SCL', '9']] },
      findings: [
        { messageId: 'phishing', severity: 'high', data: { stamp: 'CAT:HPHSH' } },
        { messageId: 'spam', severity: 'medium', data: { stamp: 'SCL:9' } },
      ],
    },
    {
      name: 'spoofing',
      message: { headers: [report('CAT:SPOOF;')] },
      findings: [{ messageId: 'spoof', severity: 'medium' }],
    },
    {
      name: 'malware',
      message: { headers: [report('CAT:MALW;')] },
      findings: [{ messageId: 'malware', severity: 'high' }],
    },
    {
      name: 'user impersonation category',
      message: { headers: [report('CAT:UIMP;')] },
      findings: [{ messageId: 'impersonation', severity: 'high', data: { stamp: 'CAT:UIMP' } }],
    },
    {
      name: 'domain impersonation safety tip 9.19',
      message: { headers: [report('SFTY:9.19;')] },
      findings: [{ messageId: 'impersonation', severity: 'medium', data: { stamp: 'SFTY:9.19' } }],
    },
    {
      name: 'user impersonation safety tip 9.20',
      message: { headers: [report('SFTY:9.20;')] },
      findings: [{ messageId: 'impersonation', severity: 'medium', data: { stamp: 'SFTY:9.20' } }],
    },
    {
      name: 'first contact safety tip 9.25',
      message: { headers: [report('SFTY:9.25;')] },
      findings: [{ messageId: 'first-contact', severity: 'low', data: { stamp: 'SFTY:9.25' } }],
    },
    {
      name: 'blocked sender',
      message: { headers: [['X-Forefront-Antispam-Report', 'CIP:203.0.113.7;SFV:BLK;DIR:INB;']] },
      findings: [{ messageId: 'blocked-sender', severity: 'medium', data: { stamp: 'SFV:BLK' } }],
    },
    {
      name: 'spam verdict with SCL 5 from the organization header',
      message: { headers: [['X-Forefront-Antispam-Report', 'SCL:5;SFV:SPM;CAT:SPM;DIR:INB;'], ['X-MS-Exchange-Organization-SCL', '5']] },
      findings: [{ messageId: 'spam', severity: 'low', data: { stamp: 'CAT:SPM' } }],
    },
    {
      name: 'high-confidence spam',
      message: { headers: [report('CAT:HSPM;')] },
      findings: [{ messageId: 'spam', severity: 'medium' }],
    },
    {
      name: 'bulk by category and by complaint level, one finding',
      message: { headers: [report('CAT:BULK;'), ['X-Microsoft-Antispam', 'BCL:8;']] },
      findings: [{ messageId: 'bulk', severity: 'low', data: { stamp: 'CAT:BULK' } }],
    },
    {
      name: 'phishing confidence level 4 or more',
      message: { headers: [['X-MS-Exchange-Organization-PCL', '5']] },
      findings: [{ messageId: 'phishing', severity: 'medium', evidence: 'X-MS-Exchange-Organization-PCL: 5' }],
    },
  ],
});
