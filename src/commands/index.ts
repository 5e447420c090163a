// Entry of the commands bundle (dist/commands.js, one IIFE file): classic Outlook on Windows runs it in its
// JavaScript-only runtime (no DOM, no module loader), the other clients load it from commands.html. It only
// registers the Report button's handler; everything runs when the event arrives.
// First: the JavaScript-only runtime lacks Web APIs that the modules below use as they load.
import './runtime-polyfills';
import { loadPolicy, policyUrlBeside, registerSpamReportHandler } from '../office/report';
import { handleSpamReport } from './handle-spam-report';
import type { SsoConfig } from './reporter-identity';

/** The manifest's <FunctionName> for the Report button. */
export const SPAM_REPORT_FUNCTION = 'onSpamReport';

// Set by scripts/build-commands.mjs from the deploy URL: the JavaScript-only runtime has no page location to
// find policy.json beside.
declare const __OCCHIO_BASE_URL__: string | undefined;
// Set by scripts/build-commands.mjs from --sso-client-id / --sso-resource (null without them): the same values the
// build wrote into the manifest's <WebApplicationInfo>, so a token is requested only when Office can issue one.
declare const __OCCHIO_SSO__: SsoConfig | null | undefined;

function ssoConfig(): SsoConfig | undefined {
  return typeof __OCCHIO_SSO__ === 'object' && __OCCHIO_SSO__ !== null ? __OCCHIO_SSO__ : undefined;
}

function policyUrl(): string {
  const here = typeof location !== 'undefined' && /^https?:/.test(String(location.href)) ? String(location.href) : undefined;
  const base = here ?? (typeof __OCCHIO_BASE_URL__ === 'string' ? __OCCHIO_BASE_URL__ : 'https://localhost:3000/');
  return policyUrlBeside(base);
}

registerSpamReportHandler(
  SPAM_REPORT_FUNCTION,
  (event, environment) =>
    handleSpamReport(event, environment, {
      loadPolicy: (url) => loadPolicy(url),
      post: typeof fetch === 'function' ? fetch : undefined,
      now: () => new Date(),
      log: console,
      sso: ssoConfig(),
    }),
  policyUrl,
);
