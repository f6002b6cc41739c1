/**
 * GET /t.js: the script a brand puts on its site. It keeps the click id from the landing URL in a
 * first-party cookie and gives the checkout `window.motiva.clickId()`. Settings come from its own tag:
 * data-param (the promotion's click id parameter, default click_id) and data-days (cookie lifetime,
 * default 30, at most 365: the promotion's attribution window). Only a UUID is ever stored.
 */
export const TRACKING_SCRIPT = `/* Motiva click tracking: keeps the click id of a Motiva link for the checkout. */
(function () {
  var s = document.currentScript;
  var param = (s && s.getAttribute('data-param')) || 'click_id';
  var days = parseInt((s && s.getAttribute('data-days')) || '30', 10);
  if (!(days >= 1 && days <= 365)) days = 30;
  var NAME = 'motiva_click_id';
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  function read() {
    var m = document.cookie.match(/(?:^|; )motiva_click_id=([^;]*)/);
    return m && UUID.test(m[1]) ? m[1] : null;
  }
  try {
    var id = new URLSearchParams(window.location.search).get(param);
    if (id && UUID.test(id)) {
      document.cookie = NAME + '=' + id + '; Max-Age=' + days * 86400 + '; Path=/; SameSite=Lax' +
        (window.location.protocol === 'https:' ? '; Secure' : '');
    }
  } catch (e) {}
  window.motiva = window.motiva || {};
  window.motiva.clickId = read;
})();
`;
