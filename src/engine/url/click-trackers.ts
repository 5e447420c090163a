// Registrable domains of email service providers' click trackers. A newsletter whose visible text says
// 'www.shop.com' while the link goes through one of these is normal marketing mail, not a mismatch.
export const CLICK_TRACKER_DOMAINS: ReadonlySet<string> = new Set([
  'list-manage.com', 'mailchimp.com', 'mcsv.net', 'mcusercontent.com', 'sendgrid.net', 'sendgrid.com', 'rs6.net',
  'constantcontact.com', 'exacttarget.com', 'mkt.com', 'hubspotlinks.com', 'hubspotemail.net', 'hs-sites.com',
  'mailgun.org', 'mailgun.net', 'sparkpostmail.com', 'mandrillapp.com', 'cmail19.com', 'cmail20.com',
  'createsend.com', 'createsend1.com', 'klaviyo.com', 'klclick.com', 'klclick1.com', 'sailthru.com',
  'salesforce.com', 'pardot.com', 'marketo.com', 'mktoweb.com', 'braze.com', 'awstrack.me', 'mailjet.com',
  'sendinblue.com', 'brevo.com', 'sibautomation.com', 'r.mailjet.com', 'postmarkapp.com', 'emltrk.com',
  'campaign-archive.com', 'eloqua.com', 'en25.com', 'acemlna.com', 'activehosted.com', 'substack.com',
  'mailerlite.com', 'mlsend.com', 'getresponse.com', 'gr8.com', 'aweber.com', 'convertkit-mail.com',
  'ck.page', 'beehiiv.com', 'linkedin.com', 'doubleclick.net', 'smtp2go.net', 'mjt.lu',
]);
