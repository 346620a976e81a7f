// The web chat page: one anonymous conversation per browser tab over Rasa's socket.io
// channel (events session_request/session_confirm, user_uttered, bot_uttered).
// Nothing is kept but a random session id, in sessionStorage, gone with the tab.
"use strict";

(function () {
  const WAIT_MS = 30000;
  const KEY = "velfaerd-chat-session";
  const TEXT = {
    connecting: "Forbinder …",
    offline: "Ingen forbindelse lige nu. Chatten prøver igen af sig selv.",
    waiting: "Assistenten skriver …",
    noAnswer: "Der kom ikke noget svar. Prøv igen om lidt.",
    notSent: "Beskeden blev ikke sendt, for der er ingen forbindelse. Prøv igen om lidt.",
    noClient: "Chatten kan ikke starte lige nu. Prøv igen senere.",
    bot: "Assistenten",
    you: "Dig",
  };

  const log = document.getElementById("samtale");
  const status = document.getElementById("status");
  const form = document.getElementById("skriv");
  const input = document.getElementById("besked");
  const suggestions = document.getElementById("forslag");
  let timer = null;

  function randomId() {
    // getRandomValues also works on plain http (randomUUID needs a secure context).
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function sessionId() {
    try {
      let id = window.sessionStorage.getItem(KEY);
      if (!id || !/^web-[0-9a-f]{32}$/.test(id)) {
        id = randomId();
        window.sessionStorage.setItem(KEY, id);
      }
      return id;
    } catch (e) {
      return randomId(); // storage turned off: one id for this page
    }
  }

  function setStatus(text) {
    status.textContent = text || "";
  }

  function add(kind, text, who) {
    const item = document.createElement("li");
    item.className = "msg " + kind;
    if (who) {
      const label = document.createElement("span");
      label.className = "who";
      label.textContent = who;
      item.appendChild(label);
    }
    const body = document.createElement("span");
    body.className = "text";
    body.textContent = text; // always text, never HTML
    item.appendChild(body);
    log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  }

  function addButtons(item, buttons) {
    const row = document.createElement("div");
    row.className = "buttons";
    buttons.forEach((b) => {
      if (!b || typeof b.title !== "string") return;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = b.title;
      button.addEventListener("click", () => send(b.payload || b.title, b.title));
      row.appendChild(button);
    });
    item.appendChild(row);
  }

  if (typeof window.io !== "function") {
    setStatus(TEXT.noClient);
    form.querySelector("button").disabled = true;
    return;
  }

  const session = sessionId();
  const base = window.location.pathname.replace(/webhooks\/chat\/?.*$/, "");
  const socket = window.io({ path: base + "socket.io", transports: ["websocket", "polling"] });
  let ready = false;
  let greeted = false;

  function waitForAnswer() {
    clearTimeout(timer);
    setStatus(TEXT.waiting);
    timer = setTimeout(() => setStatus(TEXT.noAnswer), WAIT_MS);
  }

  function send(message, shown) {
    const text = (message || "").trim();
    if (!text) return false;
    if (!ready) {
      setStatus(TEXT.notSent);
      return false;
    }
    add("user", shown || text, TEXT.you);
    socket.emit("user_uttered", { message: text, session_id: session });
    waitForAnswer();
    return true;
  }

  socket.on("connect", () => {
    setStatus(TEXT.connecting);
    socket.emit("session_request", { session_id: session });
  });

  socket.on("session_confirm", () => {
    ready = true;
    setStatus("");
    document.documentElement.dataset.ready = "";
    if (!greeted) {
      greeted = true; // the assistant's own greeting says it is a computer program
      socket.emit("user_uttered", { message: "/greet", session_id: session });
      waitForAnswer();
    }
  });

  socket.on("disconnect", () => {
    ready = false;
    clearTimeout(timer);
    setStatus(TEXT.offline);
  });

  socket.on("connect_error", () => {
    ready = false;
    setStatus(TEXT.offline);
  });

  socket.on("bot_uttered", (data) => {
    if (!data || typeof data !== "object") return;
    clearTimeout(timer);
    setStatus("");
    const buttons = data.quick_replies || data.buttons;
    if (typeof data.text !== "string" && !Array.isArray(buttons)) return;
    const item = add("bot", typeof data.text === "string" ? data.text : "", TEXT.bot);
    if (Array.isArray(buttons) && buttons.length) addButtons(item, buttons);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (send(input.value)) input.value = "";
    input.focus();
  });

  suggestions.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    const text = button.classList.contains("human")
      ? "jeg vil tale med et menneske"
      : button.textContent;
    send(text, button.textContent);
  });
})();
