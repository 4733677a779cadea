// Opens the bot's chat page in Debian's Chromium (headless, driven by playwright-core, which downloads no
// browser of its own) and uses it as a person would. Usage: node browser.js BASE_URL SCREENSHOT_FOLDER
// Prints what it saw as JSON lines; exits non-zero with the reason on stderr when the page misbehaves.
'use strict';

const path = require('node:path');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const [base, screenshots] = process.argv.slice(2);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const timeout = 20000;

const log = entry => process.stdout.write(JSON.stringify(entry) + '\n');
const botMessages = page => page.locator('.message.bot');
const lastBotText = async page => (await botMessages(page).last().innerText()).trim();

async function answerWithFirstSuggestion(page) {
  const button = page.locator('#suggestions button').first();
  await button.waitFor({ timeout });
  const label = (await button.innerText()).trim();
  const before = await botMessages(page).count();
  await button.click();
  await page.locator('.message.user', { hasText: label }).last().waitFor({ timeout });
  await page.waitForFunction(count => document.querySelectorAll('.message.bot').length > count, before, { timeout });
  return label;
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });

    await page.goto(base);
    await botMessages(page).first().waitFor({ timeout });
    log({ step: 'welcome', text: await lastBotText(page) });

    await page.getByLabel('Message to RdpHelpBot').fill('I get 0x904');
    await page.keyboard.press('Enter');
    await page.locator('#suggestions button').first().waitFor({ timeout });
    const firstQuestion = await lastBotText(page);
    log({ step: 'first question', text: firstQuestion });
    const sentDone = await page.locator('.message.user.pending').count();
    assert.equal(sentDone, 0, 'the message is marked sent once the echo arrives');

    const clicked = await answerWithFirstSuggestion(page);
    await page.locator('#suggestions button').first().waitFor({ timeout });
    const secondQuestion = await lastBotText(page);
    assert.notEqual(secondQuestion, firstQuestion, 'clicking an answer brings the next question');
    log({ step: 'clicked', choice: clicked, next: secondQuestion });

    const messagesBefore = await page.locator('.message').count();
    await page.reload();
    await page.locator('.message.bot', { hasText: secondQuestion }).waitFor({ timeout });
    await page.locator('#suggestions button').first().waitFor({ timeout });
    const messagesAfter = await page.locator('.message').count();
    assert.equal(messagesAfter, messagesBefore, 'after a reload the page shows the same conversation');
    log({ step: 'reloaded', messages: messagesAfter, last: await lastBotText(page) });

    // Answer the questions the bot still has (their number depends on the knowledge) until a fix with a command shows.
    const copy = page.locator('.command .copy').first();
    for (let answers = 0; answers < 8 && !(await copy.isVisible()); answers++) {
      await answerWithFirstSuggestion(page);
    }
    await copy.waitFor({ timeout });
    const command = (await page.locator('.command pre').first().innerText()).trim();
    await copy.click();
    await page.locator('.command .copy.done').first().waitFor({ timeout });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, command, 'the copy button copies the command exactly');
    log({ step: 'fix', command, copied: true, fixQuestion: await lastBotText(page) });

    await page.locator('.copy.done').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: path.join(screenshots, 'web-chat.png'), fullPage: false });
    await page.setViewportSize({ width: 380, height: 800 });
    await page.waitForFunction(() => {
      const transcript = document.getElementById('transcript');
      return transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 2;
    }, null, { timeout });
    await page.screenshot({ path: path.join(screenshots, 'web-chat-narrow.png'), fullPage: false });
    log({ step: 'screenshots', folder: screenshots });

    assert.deepEqual(problems, [], 'the page logs no errors');
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(0), error => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
