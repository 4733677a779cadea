// Microsoft's Web Chat (the official botframework-webchat bundle) embedded in a page on another origin than the bot's,
// in Debian's Chromium (headless, driven by playwright-core). The page on ALLOWED_PAGE's origin holds a conversation:
// a question answered by a suggested action, a fix's Adaptive Card; the same page on OTHER_PAGE's origin, which the bot
// does not list, cannot connect. Usage:
//   node embedded-webchat.js BOT_BASE_URL DIRECT_LINE_SECRET ALLOWED_PAGE OTHER_PAGE SCREENSHOT_FOLDER
// Prints what it saw as JSON lines; exits non-zero with the reason on stderr when something misbehaves.
'use strict';

const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const [bot, secret, allowedPage, otherPage, screenshots] = process.argv.slice(2);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const timeout = 20000;
const userID = 'dl_portal-user';
const connectionStatus = { online: 2, failedToConnect: 4 };

const log = entry => process.stdout.write(JSON.stringify(entry) + '\n');
const botSelector = '.webchat__stacked-layout:not(.webchat__stacked-layout--from-user)';
const userSelector = '.webchat__stacked-layout--from-user';
const botActivities = page => page.locator(botSelector);
const userActivities = page => page.locator(userSelector);
const suggestions = page => page.locator('.webchat__suggested-actions__button');
const fixCard = page => page.locator('.webchat__basic-transcript .ac-adaptiveCard');

// The page's server gets the token with the secret; the browser never sees the secret.
async function generateToken() {
  const response = await fetch(`${bot}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userID } }),
  });
  assert.equal(response.status, 200, 'tokens/generate with the secret');
  return (await response.json()).token;
}

// A user far from UTC: Web Chat sends its local time with the offset (+13:45) and the time zone's name.
async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1, timezoneId: 'Pacific/Chatham' });
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('response', response => { if (response.status() >= 400) problems.push(`${response.status()} from ${response.url()}`); });
  await page.goto(url);
  await page.evaluate(([domain, token, user]) => window.startChat(domain, token, user),
    [`${bot}/v3/directline`, await generateToken(), userID]);
  return { page, problems };
}

const waitForMore = (page, selector, count) =>
  page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [selector, count], { timeout });

async function converse(browser) {
  const { page, problems } = await openPage(browser, allowedPage);
  await page.waitForFunction(status => window.seen.statuses.includes(status), connectionStatus.online, { timeout }).catch(async () => {
    throw new Error(`Web Chat did not connect from ${allowedPage} (statuses ${await page.evaluate(() => window.seen.statuses)}):\n${problems.join('\n')}`);
  });

  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.waitFor({ timeout });
  await input.pressSequentially('I get 0x904 on my Azure VM');
  await input.press('Enter');
  await userActivities(page).filter({ hasText: 'I get 0x904 on my Azure VM' }).waitFor({ timeout });
  await suggestions(page).first().waitFor({ timeout });
  const firstQuestion = (await botActivities(page).last().innerText()).trim();
  log({ step: 'first question', text: firstQuestion, choices: await suggestions(page).allInnerTexts() });

  // Answer with the first suggested action until the bot shows a fix on its card (how many questions depends on the knowledge).
  const clicked = [];
  for (let answers = 0; answers < 8 && await fixCard(page).count() === 0; answers++) {
    const button = suggestions(page).first();
    await button.waitFor({ timeout });
    const label = (await button.innerText()).trim();
    const before = await botActivities(page).count();
    const sentBefore = await userActivities(page).count();
    await button.click();
    await waitForMore(page, userSelector, sentBefore);
    // Web Chat's Markdown typesets the message: "can't" shows as "can’t".
    const shown = (await userActivities(page).last().innerText()).replace(/\u2019/g, "'");
    assert.ok(shown.includes(label), `the click shows as the user's message "${label}" (shows ${JSON.stringify(shown)})`);
    await waitForMore(page, botSelector, before);
    clicked.push(label);
  }
  assert.ok(clicked.length >= 1, 'a question was answered by clicking a suggested action');
  log({ step: 'clicked', choices: clicked });

  const card = fixCard(page).last();
  await card.waitFor({ timeout });
  await card.scrollIntoViewIfNeeded();
  log({ step: 'fix card', text: (await card.innerText()).trim().split('\n')[0], buttons: await card.locator('button').count() });

  // Web Chat marks a message sent only when the echo with its clientActivityID comes back.
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(seen.rejected, [], 'no message failed to send');
  const fromUser = type => seen.incoming.filter(activity => activity.type === type && activity.from.role === 'user');
  const echoed = fromUser('message').map(activity => activity.channelData.clientActivityID);
  assert.equal(echoed.length, 1 + clicked.length, 'every message came back as its echo');
  assert.deepEqual(echoed.filter(id => !seen.fulfilled.includes(id)), [], 'every message was marked sent');
  assert.equal(await page.getByText('Send failed').count(), 0, 'no message shows "Send failed"');
  assert.equal(fromUser('event').length, 1, 'the greeting event came back as its echo');
  log({ step: 'sent', messages: echoed.length, events: fromUser('event').length, typing: fromUser('typing').length,
    localTimestamp: fromUser('message')[0].localTimestamp, received: seen.incoming.length });

  await page.screenshot({ path: path.join(screenshots, 'webchat-embedded.png'), fullPage: false });
  assert.deepEqual(problems, [], 'the page logs no errors');
  await page.close();
}

async function refused(browser) {
  const { page, problems } = await openPage(browser, otherPage);
  await page.waitForFunction(() => window.seen.statuses.length > 0, null, { timeout });
  const blocked = () => problems.some(problem => /blocked by CORS policy/.test(problem) && problem.includes('Access-Control-Allow-Origin'));
  const until = Date.now() + timeout;
  while (!blocked() && Date.now() < until) await page.waitForTimeout(100);
  assert.ok(blocked(), `the browser blocks the page's call for want of a CORS grant; it logged:\n${problems.join('\n')}`);
  const seen = await page.evaluate(() => window.seen);
  assert.ok(!seen.statuses.includes(connectionStatus.online), `the page never connects (statuses ${seen.statuses})`);
  assert.equal(seen.incoming.length, 0, 'the page receives nothing from the bot');
  await page.screenshot({ path: path.join(screenshots, 'webchat-embedded-refused.png'), fullPage: false });
  log({ step: 'refused', statuses: seen.statuses });
  await page.close();
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
  try {
    await converse(browser);
    await refused(browser);
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(0), error => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
