// The web chat: talks Direct Line 3.0 to the bot that serves this page, and draws what the bot sends
// (Markdown text, suggested actions, the Adaptive Card elements the bot uses).
'use strict';

(() => {
  const directLine = '/v3/directline';
  const storageKey = 'rdphelpbot.conversation';
  const refreshEveryMs = 15 * 60 * 1000;
  const typingShownMs = 5000;

  const transcript = document.getElementById('transcript');
  const typing = document.getElementById('typing');
  const suggestions = document.getElementById('suggestions');
  const composer = document.getElementById('composer');
  const input = document.getElementById('message');
  const sendButton = document.getElementById('send');
  const statusLine = document.getElementById('status');

  let session = null; // { conversationId, token, watermark }
  let socket = null;
  let reconnectTimer = 0;
  let refreshTimer = 0;
  let typingTimer = 0;
  let generation = 0; // a new conversation makes the old socket's events stale
  const shown = new Set();

  // ---- Direct Line ----

  async function call(method, path, token, body) {
    const response = await fetch(path, {
      method,
      headers: Object.assign({ Accept: 'application/json' },
        token ? { Authorization: `Bearer ${token}` } : {},
        body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error((data.error && data.error.message) || `HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function save() {
    localStorage.setItem(storageKey, JSON.stringify(session));
  }

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || 'null');
    } catch {
      return null;
    }
  }

  async function begin() {
    const saved = load();
    if (saved && saved.conversationId && saved.token) {
      try {
        session = { conversationId: saved.conversationId, token: saved.token, watermark: '' };
        // From the start: the stream replays the kept activities, so the page shows the whole conversation again.
        const conversation = await call('GET', `${directLine}/conversations/${encodeURIComponent(session.conversationId)}`, session.token);
        save();
        connect(conversation.streamUrl);
        scheduleRefresh();
        return;
      } catch (error) {
        if (!error.status) throw error;
        // Expired or unknown: start again below.
      }
    }
    await startNew();
  }

  async function startNew() {
    const granted = await call('POST', '/webchat/token');
    session = { conversationId: granted.conversationId, token: granted.token, watermark: '' };
    save();
    const conversation = await call('POST', `${directLine}/conversations`, session.token);
    connect(conversation.streamUrl);
    scheduleRefresh();
  }

  function connect(streamUrl) {
    const mine = generation;
    clearTimeout(reconnectTimer);
    socket = new WebSocket(streamUrl);
    socket.onopen = () => setStatus('');
    socket.onmessage = event => {
      if (mine !== generation || !event.data) return; // empty frames keep the connection alive
      const set = JSON.parse(event.data);
      (set.activities || []).forEach(receive);
      if (set.watermark) {
        session.watermark = set.watermark;
        save();
      }
    };
    socket.onclose = () => {
      if (mine !== generation) return;
      setStatus('Reconnecting…');
      reconnectTimer = setTimeout(() => reconnect(mine), 1000 + Math.random() * 2000);
    };
  }

  async function reconnect(mine) {
    if (mine !== generation) return;
    try {
      const watermark = encodeURIComponent(session.watermark || '');
      const conversation = await call('GET', `${directLine}/conversations/${encodeURIComponent(session.conversationId)}?watermark=${watermark}`, session.token);
      connect(conversation.streamUrl);
    } catch (error) {
      if (error.status === 403 || error.status === 404) {
        setStatus('This conversation has ended. Start a new one.', true);
        return;
      }
      reconnectTimer = setTimeout(() => reconnect(mine), 5000);
    }
  }

  function scheduleRefresh() {
    clearInterval(refreshTimer);
    refreshTimer = setInterval(async () => {
      try {
        session.token = (await call('POST', `${directLine}/tokens/refresh`, session.token)).token;
        save();
      } catch {
        // The next request says what is wrong.
      }
    }, refreshEveryMs);
  }

  async function post(text, value, display) {
    const clientActivityID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const activity = { type: 'message', from: { id: 'user', role: 'user' }, locale: navigator.language || 'en-US', channelData: { clientActivityID } };
    if (text) activity.text = text;
    if (value !== undefined) activity.value = value;
    hideSuggestions();
    const bubble = drawUser(display || text, clientActivityID, true);
    try {
      await call('POST', `${directLine}/conversations/${encodeURIComponent(session.conversationId)}/activities`, session.token, activity);
    } catch (error) {
      bubble.classList.add('failed');
      bubble.querySelector('.meta').textContent = 'Not sent. ' + error.message;
    }
  }

  // ---- Incoming activities ----

  function receive(activity) {
    if (activity.id && shown.has(activity.id)) return;
    if (activity.id) shown.add(activity.id);
    const fromUser = activity.from && activity.from.role === 'user';
    if (activity.type === 'typing') {
      if (!fromUser) showTyping();
      return;
    }
    if (activity.type !== 'message') return;
    if (fromUser) {
      const id = activity.channelData && activity.channelData.clientActivityID;
      const pending = id && transcript.querySelector(`[data-client-id="${CSS.escape(id)}"]`);
      if (pending) {
        pending.classList.remove('pending');
        pending.querySelector('.meta').textContent = '';
      } else {
        drawUser(activity.text || '', id, false);
      }
      return;
    }
    hideTyping();
    drawBot(activity);
  }

  function drawUser(text, clientActivityID, pending) {
    const message = element('div', 'message user' + (pending ? ' pending' : ''));
    if (clientActivityID) message.dataset.clientId = clientActivityID;
    message.append(element('div', 'bubble', text), element('div', 'meta', pending ? 'Sending…' : ''));
    append(message);
    return message;
  }

  function drawBot(activity) {
    const message = element('div', 'message bot');
    message.setAttribute('aria-label', 'RdpHelpBot');
    if (activity.text) {
      const bubble = element('div', 'bubble');
      bubble.append(markdown(activity.text));
      message.append(bubble);
    }
    (activity.attachments || [])
      .filter(attachment => attachment.contentType === 'application/vnd.microsoft.card.adaptive' && attachment.content)
      .forEach(attachment => message.append(card(attachment.content)));
    append(message);
    showSuggestions(activity.suggestedActions);
  }

  // ---- Adaptive Cards (the elements the bot sends) ----

  function card(content) {
    const root = element('div', 'card');
    root.setAttribute('role', 'group');
    (content.body || []).forEach(item => { const drawn = cardElement(item); if (drawn) root.append(drawn); });
    if (content.actions && content.actions.length) root.append(actionSet(content.actions));
    return root;
  }

  function cardElement(item) {
    switch (item.type) {
      case 'TextBlock':
        if (item.fontType === 'Monospace') return command(item.text);
        if (item.weight === 'Bolder') return element('h2', 'heading', item.text);
        if (item.isSubtle) return element('div', 'subtle', item.text);
        return wrap('div', 'text', markdown(item.text));
      case 'RichTextBlock': {
        const runs = item.inlines || [];
        const text = runs.map(run => (typeof run === 'string' ? run : run.text)).join('');
        if (runs.some(run => run.fontType === 'Monospace')) return command(text);
        return element('div', 'text', text);
      }
      case 'Container': {
        const box = element('div', 'container' + (item.style === 'emphasis' ? ' emphasis' : ''));
        const items = (item.items || []).map(cardElement).filter(Boolean);
        // A container holding only a command is the command's frame; the command draws its own.
        if (items.length === 1 && items[0].classList.contains('command')) return items[0];
        box.append(...items);
        return box;
      }
      case 'FactSet': {
        const list = element('dl', 'facts');
        (item.facts || []).forEach(fact => list.append(element('dt', '', fact.title), element('dd', '', fact.value)));
        return list;
      }
      case 'ActionSet':
        return actionSet(item.actions || []);
      default:
        return null;
    }
  }

  function actionSet(actions) {
    const group = element('div', 'actions');
    group.setAttribute('role', 'group');
    actions.map(submittable).filter(Boolean).forEach(action => {
      const button = element('button', 'choice', action.title);
      button.type = 'button';
      button.addEventListener('click', () => {
        group.querySelectorAll('button').forEach(other => { other.disabled = true; });
        button.setAttribute('aria-pressed', 'true');
        post(action.title, action.data, action.title);
      });
      group.append(button);
    });
    return group;
  }

  // Action.Execute is drawn as its Action.Submit fallback, as hosts without Universal Actions do.
  function submittable(action) {
    if (action.type === 'Action.Submit') return action;
    if (action.type === 'Action.Execute') {
      if (action.fallback && action.fallback.type === 'Action.Submit') return action.fallback;
      return { title: action.title, data: action.data };
    }
    return null;
  }

  function command(text) {
    const box = element('div', 'command');
    const code = element('pre', '', text);
    const copy = element('button', 'copy', 'Copy');
    copy.type = 'button';
    copy.setAttribute('aria-label', 'Copy command: ' + text);
    copy.addEventListener('click', async () => {
      const done = await copyText(text);
      copy.textContent = done ? 'Copied' : 'Select and copy';
      copy.classList.toggle('done', done);
      setTimeout(() => { copy.textContent = 'Copy'; copy.classList.remove('done'); }, 2000);
    });
    box.append(code, copy);
    return box;
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = element('textarea', '', '');
      area.value = text;
      document.body.append(area);
      area.select();
      const copied = document.execCommand('copy');
      area.remove();
      return copied;
    }
  }

  // ---- Suggested actions and typing ----

  function showSuggestions(suggested) {
    hideSuggestions();
    const actions = (suggested && suggested.actions) || [];
    if (!actions.length) return;
    actions.forEach(action => {
      const button = element('button', 'choice', action.title);
      button.type = 'button';
      button.addEventListener('click', () => {
        if (action.type === 'messageBack') post(action.text || action.title, action.value, action.displayText || action.title);
        else if (action.type === 'postBack') post(String(action.value), undefined, action.title);
        else post(String(action.value || action.title), undefined, action.title);
      });
      suggestions.append(button);
    });
    suggestions.hidden = false;
    scrollToEnd();
  }

  function hideSuggestions() {
    suggestions.replaceChildren();
    suggestions.hidden = true;
  }

  function showTyping() {
    typing.hidden = false;
    scrollToEnd();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, typingShownMs);
  }

  function hideTyping() {
    typing.hidden = true;
    clearTimeout(typingTimer);
  }

  // ---- Markdown subset: **bold**, *italic* / _italic_, `code`, [label](https://…), "- " and "1. " lists ----

  function markdown(text) {
    const fragment = document.createDocumentFragment();
    let list = null;
    text.replace(/\r\n?/g, '\n').split('\n').forEach(line => {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
      if (bullet || numbered) {
        const kind = bullet ? 'UL' : 'OL';
        if (!list || list.tagName !== kind) {
          list = document.createElement(kind.toLowerCase());
          fragment.append(list);
        }
        list.append(wrap('li', '', inline((bullet || numbered)[1])));
        return;
      }
      list = null;
      if (line.trim()) fragment.append(wrap('p', '', inline(line)));
    });
    return fragment;
  }

  function inline(text) {
    const fragment = document.createDocumentFragment();
    const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(?<![\w*])\*(?=\S)([^*\n]+?)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)_(?![\w_])/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      fragment.append(text.slice(last, match.index));
      if (match[1] !== undefined) fragment.append(wrap('strong', '', inline(match[1])));
      else if (match[2] !== undefined) fragment.append(element('code', '', match[2]));
      else if (match[3] !== undefined) {
        const link = element('a', '', match[3]);
        link.href = match[4];
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        fragment.append(link);
      } else fragment.append(wrap('em', '', inline(match[5] !== undefined ? match[5] : match[6])));
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  // ---- Page ----

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function wrap(tag, className, child) {
    const node = element(tag, className);
    node.append(child);
    return node;
  }

  function append(node) {
    transcript.append(node);
    scrollToEnd();
  }

  // Suggestions and the typing line take room from the transcript; its end stays in view.
  function scrollToEnd() {
    transcript.scrollTop = transcript.scrollHeight;
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  function fail(error) {
    setStatus(`Cannot reach the bot: ${error.message}`, true);
  }

  composer.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || !session) return;
    input.value = '';
    resize();
    post(text);
  });

  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  function resize() {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
  }
  input.addEventListener('input', resize);
  window.addEventListener('resize', scrollToEnd);

  document.getElementById('restart').addEventListener('click', () => {
    generation++;
    if (socket) socket.close();
    localStorage.removeItem(storageKey);
    transcript.replaceChildren();
    shown.clear();
    hideSuggestions();
    hideTyping();
    startNew().catch(fail);
    input.focus();
  });

  begin().catch(fail);
  input.focus();
})();
