// Holds a whole troubleshooting conversation with the bot through botframework-directlinejs, the client
// Web Chat uses. Usage: node conversation.js BASE_URL DIRECT_LINE_SECRET [websocket|polling]
// Prints the dialogue as JSON lines on stdout; exits non-zero with the reason on stderr when the protocol breaks.
'use strict';

global.WebSocket = require('ws');
global.XMLHttpRequest = require('xhr2');
const assert = require('node:assert/strict');
const { DirectLine } = require('botframework-directlinejs');

const [base, secret, mode = 'websocket'] = process.argv.slice(2);
const userId = 'dl_directline-test-user';
const turnTimeoutMs = 20000;
const received = [];
const waiting = new Set();

function log(entry) {
  process.stdout.write(JSON.stringify(entry) + '\n');
}

function waitFor(description, predicate, from = 0) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const index = received.findIndex((activity, i) => i >= from && predicate(activity));
      if (index < 0) return false;
      clearTimeout(timer);
      waiting.delete(check);
      resolve({ activity: received[index], index });
      return true;
    };
    const timer = setTimeout(() => {
      waiting.delete(check);
      reject(new Error(`Timed out waiting for ${description}; received:\n${JSON.stringify(received, null, 1)}`));
    }, turnTimeoutMs);
    if (!check()) waiting.add(check);
  });
}

const isBotMessage = activity => activity.type === 'message' && activity.from.role === 'bot';
const choicesOf = activity => [
  ...((activity.suggestedActions && activity.suggestedActions.actions) || []),
  ...(activity.attachments || []).flatMap(attachment => cardActions(attachment.content)),
];
const cardActions = content => (content && content.body || []).flatMap(item => item.type === 'ActionSet' ? item.actions : []);
const commandsOf = activity => (activity.attachments || []).flatMap(attachment => JSON.stringify(attachment.content).match(/"text":"[^"]*","fontType":"Monospace"/g) || []);

async function generateToken() {
  const response = await fetch(`${base}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId, name: 'Tester' } }),
  });
  assert.equal(response.status, 200, 'tokens/generate with the secret');
  const granted = await response.json();
  assert.ok(granted.token && granted.conversationId && granted.expires_in > 0, 'a token for one conversation');
  return granted;
}

async function main() {
  const granted = await generateToken();
  const directLine = new DirectLine({ token: granted.token, domain: `${base}/v3/directline`, webSocket: mode === 'websocket', pollingInterval: 200 });
  directLine.activity$.subscribe(activity => {
    received.push(activity);
    [...waiting].forEach(check => check());
  });

  let clientCounter = 0;
  async function send(text, value, display) {
    const clientActivityID = `client-${++clientCounter}`;
    const activity = { type: 'message', from: { id: userId, name: 'Tester' }, text, channelData: { clientActivityID } };
    if (value !== undefined) activity.value = value;
    const from = received.length;
    const id = await new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
    assert.ok(id, 'postActivity returns the activity id');
    const { activity: echo } = await waitFor(`the echo of ${clientActivityID}`,
      a => a.id === id && a.channelData && a.channelData.clientActivityID === clientActivityID);
    assert.equal(echo.conversation.id, granted.conversationId, 'the echo is in the conversation');
    log({ from: 'user', text: display || text, value: value === undefined ? null : value });
    return { id, from };
  }

  // The bot's replies to one activity, up to the one that asks something (or says it is done).
  async function repliesTo(sent, isLast) {
    const replies = [];
    let from = sent.from;
    for (;;) {
      const { activity, index } = await waitFor(`the bot's reply to ${sent.id}`, a => isBotMessage(a) && a.replyToId === sent.id, from);
      from = index + 1;
      replies.push(activity);
      log({ from: 'bot', text: activity.text || null, choices: choicesOf(activity).map(c => c.title), commands: commandsOf(activity).length });
      if (choicesOf(activity).length > 0 || isLast(activity)) return replies;
    }
  }

  const { activity: welcome } = await waitFor('the welcome', isBotMessage);
  log({ from: 'bot', text: welcome.text, choices: [], commands: 0 });

  let sent = await send('I get 0x904');
  let replies = await repliesTo(sent, () => false);
  for (let turn = 0; turn < 12; turn++) {
    const last = replies[replies.length - 1];
    if ((last.text || '').includes('Did that fix it?')) break;
    const choice = choicesOf(last)[0];
    const value = choice.value !== undefined ? choice.value : choice.data;
    sent = await send(choice.text || choice.title, value, choice.title);
    replies = await repliesTo(sent, () => false);
  }
  assert.ok(received.some(a => a.type === 'message' && commandsOf(a).length > 0), 'a fix with a command was shown');

  sent = await send('yes');
  await repliesTo(sent, activity => (activity.text || '').includes('Glad that fixed it'));

  if (mode === 'websocket') {
    assert.ok(received.some(a => a.type === 'typing' && a.from.role === 'bot'), 'the stream shows the bot typing');
  }
  const ids = received.filter(a => a.id).map(a => a.id);
  assert.equal(new Set(ids).size, ids.length, 'no activity arrives twice');
  directLine.end();
}

main().then(() => process.exit(0), error => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
