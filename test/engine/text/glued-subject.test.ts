import { findGluedSubject } from '../../../src/engine/text/glued-subject';

describe('findGluedSubject', () => {
  it.each([
    ['Your_transfer_of_funds_0.7495_BTC', 'Your_transfer_of_funds_0.7495_BTC'],
    ['Money.transfer.is.waiting.0.7495.Bitcoin', 'Money.transfer.is.waiting.0.7495.Bitcoin'],
    ['_Please_Affirm_Your_Reward_', '_Please_Affirm_Your_Reward_'],
    ['**Your_cloud_storage_is_full**', '**Your_cloud_storage_is_full**'],
    ['Re: Find_out_how_to_get_your_Reward!', 'Find_out_how_to_get_your_Reward!'],
    ['ENC: Now.get.up.to.1.BTC', 'Now.get.up.to.1.BTC'],
  ])('%s is one glued sentence', (subject, glued) => {
    expect(findGluedSubject(subject)).toBe(glued);
  });

  it.each([
    ['a subject with spaces', 'Your transfer of funds is waiting'],
    ['identifiers inside a sentence', '[PATCH v2] init_module.2: document MODULE_INIT_COMPRESSED_FILE'],
    ['a constant inside a sentence', 'Re: [SAdev] GA-assigned SPAM_PHRASE_55_XX score'],
    ['a file name with its extension', 'quarterly_sales_report_final.xlsx'],
    ['an address', 'mario.rossi.personal.account@example.com'],
    ['a domain', 'www.shop.example.com'],
    ['a scanner file name of digits', 'Scan_2026_11_27_104512'],
    ['too few words', 'Your_Reward_Worth_'],
    ['a hex id', 'a3f9_b2c1_d4e5_f6a7'],
    ['one word', 'Hello'],
    ['empty', ''],
  ])('%s is not', (_name, subject) => {
    expect(findGluedSubject(subject)).toBeUndefined();
  });

  it('reads no subject longer than a sentence', () => {
    expect(findGluedSubject(`${'word_'.repeat(100)}end`)).toBeUndefined();
  });
});
