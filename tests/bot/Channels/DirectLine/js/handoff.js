// Plays an agent hub through botframework-directlinejs: the user asks for a person, the hub receives the bot's
// handoff.initiate event (the case packet, the transcript attached) and answers with handoff.status "accepted".
// Usage: node handoff.js BASE_URL TOKEN USER_ID
// Prints what it saw as JSON lines on stdout; exits non-zero with the reason on stderr when the protocol breaks.
'use strict';

global.WebSocket = require('ws');
global.XMLHttpRequest = require('xhr2');
const assert = require('node:assert/strict');
const { DirectLine } = require('botframework-directlinejs');

const [base, token, userId] = process.argv.slice(2);
const timeoutMs = 20000;
const received = [];
const waiting = new Set();

function log(entry) {
  process.stdout.write(JSON.stringify(entry) + '\n');
}

function waitFor(description, predicate) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = received.find(predicate);
      if (!found) return false;
      clearTimeout(timer);
      waiting.delete(check);
      resolve(found);
      return true;
    };
    const timer = setTimeout(() => {
      waiting.delete(check);
      reject(new Error(`Timed out waiting for ${description}; received:\n${JSON.stringify(received, null, 1)}`));
    }, timeoutMs);
    if (!check()) waiting.add(check);
  });
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

async function main() {
  const directLine = new DirectLine({ token, domain: `${base}/v3/directline`, webSocket: true });
  directLine.activity$.subscribe(activity => {
    received.push(activity);
    [...waiting].forEach(check => check());
  });
  const from = { id: userId, name: 'Tester' };

  await post(directLine, { type: 'message', from, text: 'I get error 0x904 extended 0x7 on my Azure VM' });
  await post(directLine, { type: 'message', from, text: 'talk to a human' });
  const initiate = await waitFor('handoff.initiate', a => a.type === 'event' && a.name === 'handoff.initiate');
  const transcript = (initiate.attachments || []).find(attachment => attachment.name === 'Transcript');
  assert.ok(transcript, 'the transcript is attached');
  assert.equal(transcript.contentType, 'application/json');
  log({
    event: initiate.name,
    caseId: initiate.value.caseId,
    summary: initiate.value.summary,
    transcript: transcript.content.activities.map(activity => activity.text),
  });

  await post(directLine, { type: 'event', name: 'handoff.status', from, value: { state: 'accepted' } });
  const told = await waitFor('the user told who has the case',
    a => a.type === 'message' && a.from.role === 'bot' && (a.text || '').startsWith('Someone from the helpdesk'));
  log({ event: 'handoff.status', told: told.text });
  directLine.end();
}

main().then(() => process.exit(0), error => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
