export * from './brand';
export * from './detector';
export * from './finding';
export * from './localized';
export * from './mail-message';
export * from './policy';
export * from './report';
