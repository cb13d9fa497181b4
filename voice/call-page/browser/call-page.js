/* The browser call page's script (served as is, no build step): asks POST /voice/token for an Access
 * Token with the page's link, then places the call with the Twilio Voice SDK (`Twilio.Device`). Every line
 * it shows comes from the page's JSON block (coach/prompts). `document.body.dataset.callState` says where
 * the call is: ready, token, calling, connected, ended, failed. */
/* global document, window, URLSearchParams, Twilio */
(function () {
  'use strict';
  var words = JSON.parse(document.getElementById('call-page-words').textContent);
  var callButton = document.getElementById('call-button');
  var hangupButton = document.getElementById('hangup-button');
  var status = document.getElementById('call-status');
  var link = new URLSearchParams(window.location.search).get('t') || '';
  var device = null;
  var call = null;

  /** Twilio error codes that mean the microphone was refused or is missing. */
  var MICROPHONE_ERRORS = [31208, 31401, 31402, 53405];
  /** Twilio error codes that mean the token was refused (expired or invalid). */
  var TOKEN_ERRORS = [20101, 20104, 31204, 31205];

  function show(state, line, extra) {
    document.body.dataset.callState = state;
    if (extra && extra.code !== undefined) document.body.dataset.callError = String(extra.code);
    status.textContent = line;
    var busy = state === 'token' || state === 'calling' || state === 'connected';
    callButton.disabled = busy;
    hangupButton.hidden = !(state === 'calling' || state === 'connected');
  }

  function stop() {
    if (device) device.destroy();
    device = null;
    call = null;
  }

  function failed(error) {
    var code = error && typeof error.code === 'number' ? error.code : 0;
    stop();
    // The first reason stands: the SDK may report the same failure again as it gives up.
    if (document.body.dataset.callState === 'failed') return;
    if (MICROPHONE_ERRORS.indexOf(code) >= 0) return show('failed', words.microphone, { code: code });
    if (TOKEN_ERRORS.indexOf(code) >= 0) return show('failed', words.linkExpired, { code: code });
    show('failed', words.unreachable, { code: code });
  }

  async function fetchToken() {
    var res = await window.fetch('/voice/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ t: link }),
    });
    var body = await res.json().catch(function () {
      return {};
    });
    if (!res.ok) {
      var code = body && body.error ? body.error.code : 'TOKEN_FAILED';
      show('failed', code === 'LINK_EXPIRED' ? words.linkExpired : words.tokenFailed, { code: code });
      return null;
    }
    document.body.dataset.identity = body.identity;
    document.body.dataset.tokenExpiresAt = body.expiresAt;
    return body.token;
  }

  async function startCall() {
    show('token', words.token);
    var token;
    try {
      token = await fetchToken();
    } catch {
      return show('failed', words.unreachable, { code: 'NETWORK' });
    }
    if (!token) return;
    if (typeof Twilio === 'undefined' || !Twilio.Device) return failed({ code: 0 });
    show('calling', words.calling);
    device = new Twilio.Device(token, { closeProtection: true, logLevel: 'warn' });
    // Before the call is up, any device error (signaling unreachable, token refused) ends the attempt:
    // the SDK would otherwise keep retrying its websocket in the background.
    device.on('error', function (error) {
      if (document.body.dataset.callState !== 'connected') failed(error);
    });
    try {
      call = await device.connect({ params: { link: link } });
    } catch (error) {
      return failed(error);
    }
    if (!call) return;
    call.on('accept', function () {
      show('connected', words.connected);
    });
    call.on('disconnect', function () {
      stop();
      show('ended', words.ended);
    });
    call.on('cancel', function () {
      stop();
      show('ended', words.ended);
    });
    call.on('error', failed);
  }

  callButton.addEventListener('click', function () {
    startCall();
  });
  hangupButton.addEventListener('click', function () {
    if (call) call.disconnect();
    stop();
    show('ended', words.ended);
  });
})();
