export { FREEMAIL_DOMAINS, isFreemailDomain } from './freemail-domains';
export { isBulkMail, isMailingList, isReply } from './mailing-list';
export { senderDomain } from './sender-domain';
