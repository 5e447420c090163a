// Billionaires whose names front crypto giveaways, "donation fund" letters and miracle-product ads ("Eco Savings by
// Elon Musk", "Mr Jeffrey P Bezos", bernardarnault1949@gmail.com). They do not write to strangers; mail in their name
// from a domain that is not one of their companies' is impersonation.

export interface PublicFigure {
  readonly id: string;
  readonly name: string;
  /** Full names as written in a display name, lowercased; a first name alone ('Elon', 'Bill') is nobody in particular. */
  readonly names: readonly string[];
  /** The name run together as scammers put it in a mailbox name: 'bernardarnault1949@gmail.com'. */
  readonly mailboxName: string;
  /** Registrable domains of their companies, whose mail may carry their name. */
  readonly domains: readonly string[];
}

export const PUBLIC_FIGURES: readonly PublicFigure[] = [
  { id: 'bernard-arnault', name: 'Bernard Arnault', names: ['bernard arnault'], mailboxName: 'bernardarnault', domains: ['lvmh.com', 'lvmh.fr'] },
  { id: 'bill-gates', name: 'Bill Gates', names: ['bill gates', 'william h gates', 'william gates'], mailboxName: 'billgates', domains: ['gatesfoundation.org', 'gatesnotes.com', 'microsoft.com'] },
  { id: 'elon-musk', name: 'Elon Musk', names: ['elon musk'], mailboxName: 'elonmusk', domains: ['tesla.com', 'spacex.com', 'x.com', 'twitter.com', 'neuralink.com', 'boringcompany.com', 'x.ai'] },
  { id: 'jeff-bezos', name: 'Jeff Bezos', names: ['jeff bezos', 'jeffrey bezos', 'jeffrey p bezos', 'jeffrey preston bezos'], mailboxName: 'bezos', domains: ['amazon.com', 'blueorigin.com', 'bezosearthfund.org'] },
  { id: 'mackenzie-scott', name: 'MacKenzie Scott', names: ['mackenzie scott'], mailboxName: 'mackenziescott', domains: ['yieldgiving.com'] },
  { id: 'mark-zuckerberg', name: 'Mark Zuckerberg', names: ['mark zuckerberg'], mailboxName: 'zuckerberg', domains: ['meta.com', 'fb.com', 'facebook.com', 'chanzuckerberg.com'] },
  { id: 'warren-buffett', name: 'Warren Buffett', names: ['warren buffett', 'warren buffet'], mailboxName: 'warrenbuffet', domains: ['berkshirehathaway.com', 'brk.com'] },
];
