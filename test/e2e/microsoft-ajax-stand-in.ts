// A stand-in for https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js, served only to the end-to-end tests.
// Office.js's Outlook host scripts load that file and throw 'Not able to load MicrosoftAjax.js.' without it; it is
// not published on npm (the @microsoft/office-js package does not ship it), and the tests reach no network. This
// defines just what Office.js checks before going on (OsfMsAjaxFactory.isMsAjaxLoaded) so the real host scripts run;
// what the tests prove about this URL is that the page's CSP lets it load.
export const MICROSOFT_AJAX_STAND_IN = `(function () {
  'use strict';
  var w = window;
  w.__occhioMicrosoftAjaxStandIn = true;
  var Type = (w.Type = w.Type || Function);
  Type.registerNamespace = function (name) {
    var scope = w;
    name.split('.').forEach(function (part) {
      scope[part] = scope[part] || {};
      scope = scope[part];
    });
  };
  Type.prototype.registerClass = Type.registerClass = function () { return this; };
  Type.prototype.registerEnum = function () { return this; };
  Type.prototype.registerInterface = function () { return this; };
  Function._validateParams = function () { return null; };
  var Sys = (w.Sys = w.Sys || {});
  Sys.StringBuilder = function (initial) { this.parts = initial ? [initial] : []; };
  Sys.StringBuilder.prototype.append = function (text) { this.parts.push(text); };
  Sys.StringBuilder.prototype.toString = function (separator) { return this.parts.join(separator || ''); };
  Sys.Serialization = { JavaScriptSerializer: { serialize: function (value) { return JSON.stringify(value); }, deserialize: function (text) { return JSON.parse(text); } } };
  Sys.Debug = { trace: function () {}, assert: function () {}, fail: function () {} };
  Sys.Browser = { agent: null, name: navigator.userAgent, version: 0 };
})();
`;
