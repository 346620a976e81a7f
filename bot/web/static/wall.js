/* The wall screen's only script: shows the day it is given, keeps the clock going from
   the server's time, asks for the day again by itself, and never needs a click.
   When the server cannot be reached it keeps what it last had, with a calm note. */
"use strict";

(function () {
  var WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
  var MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
    "september", "oktober", "november", "december"];
  var OFFLINE = "Ingen forbindelse lige nu. Skærmen viser det seneste, den ved.";
  var NO_PLAN = "Dagens plan kan ikke hentes lige nu. Skærmen prøver igen af sig selv.";
  var dataUrl = location.pathname.replace(/\/+$/, "") + "/dag.json";
  var parts = new Intl.DateTimeFormat("da-DK", {
    timeZone: "Europe/Copenhagen", year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "numeric", hourCycle: "h23", weekday: "short"
  });
  var data = null;
  var offset = 0;          // server time minus this device's time, in ms
  var refused = false;
  var failing = false;
  var fetchTimer = null;
  var firstRender = true;

  function $(id) { return document.getElementById(id); }
  function serverNow() { return Date.now() + offset; }

  function local(ms) {
    var out = {};
    parts.formatToParts(new Date(ms)).forEach(function (p) { out[p.type] = p.value; });
    return {
      y: +out.year, m: +out.month, d: +out.day, hour: +out.hour % 24, minute: +out.minute,
      key: out.year + "-" + out.month + "-" + out.day
    };
  }

  function minutesWords(ms) {
    // As bot.web.wall.duration_words: rounded up, never "0 minutter".
    var total = Math.max(1, Math.ceil(ms / 60000));
    var h = Math.floor(total / 60), m = total % 60;
    var mins = m === 1 ? "1 minut" : m + " minutter";
    if (h === 0) return mins;
    if (h === 1 && m === 30) return "halvanden time";
    var hours = h === 1 ? "1 time" : h + " timer";
    return m === 0 ? hours : hours + " og " + mins;
  }

  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  function details(entry) {
    var bits = [];
    if (entry.place) bits.push(entry.place);
    if (entry.who) bits.push("med " + entry.who);
    return bits.join(" · ");
  }

  function row(entry) {
    var li = document.createElement("li");
    li.className = "item state-" + entry.state;
    li.setAttribute("data-state", entry.state);
    var time = document.createElement("span");
    time.className = "time";
    time.textContent = entry.start;
    var what = document.createElement("span");
    var title = document.createElement("span");
    title.className = "title";
    title.textContent = entry.title;
    what.appendChild(title);
    var more = details(entry);
    if (more) {
      var small = document.createElement("span");
      small.className = "details";
      small.textContent = more;
      what.appendChild(document.createElement("br"));
      what.appendChild(small);
    }
    var mark = document.createElement("span");
    mark.className = "mark";
    mark.textContent = { current: "Nu", next: "Bagefter", done: "✓" }[entry.state] || "";
    li.appendChild(time);
    li.appendChild(what);
    li.appendChild(mark);
    return li;
  }

  function render() {
    var now = $("nu"), next = $("bagefter"), list = $("plan");
    setText($("dag"), data.day);
    setText($("dagsdel"), data.part_of_day);
    if (data.current) {
      setText(now.querySelector(".title"), data.current.title);
      setText(now.querySelector(".when"), data.current.start + " til " + data.current.end);
      setText(now.querySelector(".where"), details(data.current));
    } else {
      setText(now.querySelector(".title"), "Ingen aftale lige nu");
      setText(now.querySelector(".when"), "");
      setText(now.querySelector(".where"), "");
    }
    now.hidden = next.hidden = false;
    if (data.next) {
      setText(next.querySelector(".title"), data.next.title);
      setText(next.querySelector(".where"), details(data.next));
    } else {
      setText(next.querySelector(".title"), "Ikke mere på planen");
      setText(next.querySelector(".when"), "");
      setText(next.querySelector(".where"), "");
    }
    list.replaceChildren.apply(list, data.items.map(row));
    $("tom").hidden = data.items.length > 0;
    list.hidden = data.items.length === 0;
    tick();
    keepAheadInView();
    if (firstRender) {
      firstRender = false;
      document.documentElement.setAttribute("data-rendered", "1");
      requestAnimationFrame(function () {
        setTimeout(function () { performance.mark("wall-rendered"); }, 0);
      });
    }
  }

  function keepAheadInView() {
    // Start the list at the last finished item, so what is ahead shows.
    var list = $("plan");
    var firstAhead = list.querySelector(".item:not(.state-done)");
    var previous = firstAhead && firstAhead.previousElementSibling;
    list.scrollTop = previous ? previous.offsetTop : 0;
  }

  function tick() {
    if (refused) return;
    var nowMs = serverNow(), t = local(nowMs);
    setText($("ur"), t.hour + "." + (t.minute < 10 ? "0" : "") + t.minute);
    if (!data) return;
    if (t.key !== local(Date.parse(data.now)).key && nowMs - Date.parse(data.now) > 10000) {
      // A new day and no word from the server since: never show yesterday's plan as today's.
      var date = new Date(Date.UTC(t.y, t.m - 1, t.d));
      setText($("dag"), WEEKDAYS[(date.getUTCDay() + 6) % 7] + " den " + t.d + ". " + MONTHS[t.m - 1]);
      $("nu").hidden = $("bagefter").hidden = true;
      $("plan").hidden = true;
      showNote(NO_PLAN);
      return;
    }
    if (data.next) {
      var starts = Date.parse(data.next.starts_at);
      setText($("bagefter").querySelector(".when"), data.next["in"] && starts > nowMs
        ? data.next.start + " – om " + minutesWords(starts - nowMs) : data.next.start);
    }
    var left = data.left, from = Date.parse(left.from), to = Date.parse(left.to);
    var bar = $("nu").querySelector(".bar");
    var fraction = Math.min(1, Math.max(0, (to - nowMs) / (to - from)));
    bar.querySelector(".fill").style.width = (fraction * 100).toFixed(2) + "%";
    bar.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
    var words = left.of === "item"
      ? "Slutter " + left.until + " – om " + minutesWords(to - nowMs)
      : minutesWords(to - nowMs) + " til " + left.until;
    setText($("nu").querySelector(".left"), to > nowMs ? words : "");
  }

  function showNote(text) {
    var note = $("besked");
    setText(note, text || "");
    note.hidden = !text;
  }

  function refuse(message) {
    // The link was revoked while the page was open: drop every trace of the plan.
    refused = true;
    data = null;
    var embedded = $("dag-data");
    if (embedded) embedded.remove();
    var main = $("skaerm");
    main.className = "refusal";
    var p = document.createElement("p");
    p.id = "afvist";
    p.textContent = message;
    main.replaceChildren(p);
  }

  function schedule(ms) {
    clearTimeout(fetchTimer);
    fetchTimer = setTimeout(load, Math.max(500, ms));
  }

  function nextDelay() {
    var poll = (data ? data.poll_seconds : 30) * 1000;
    if (failing || !data) return poll;
    // Also just after the next change (an item starts or ends, a new hour or day).
    var change = Date.parse(data.refresh_at) - serverNow() + 250;
    return Math.min(poll, change);
  }

  function accept(fresh, sentAt) {
    var receivedAt = Date.now();
    offset = Date.parse(fresh.now) - (sentAt + receivedAt) / 2;
    data = fresh;
    failing = false;
    showNote("");
    render();
  }

  function load() {
    var sentAt = Date.now();
    fetch(dataUrl, { cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer" })
      .then(function (resp) {
        if (resp.status === 404) {
          return resp.json().then(function (body) { refuse(body.fejl); });
        }
        if (!resp.ok) throw new Error("HTTP " + resp.status);
        return resp.json().then(function (fresh) { accept(fresh, sentAt); });
      })
      .catch(function () {
        failing = true;
        if (data && local(serverNow()).key === local(Date.parse(data.now)).key) showNote(OFFLINE);
      })
      .then(function () { if (!refused) schedule(nextDelay()); });
  }

  function start() {
    var embedded = $("dag-data");
    try {
      data = JSON.parse(embedded.textContent);
      offset = Date.parse(data.now) - Date.now();
      render();
      schedule(nextDelay());
    } catch (err) {
      load();
    }
    (function everySecond() {
      tick();
      setTimeout(everySecond, 1000 - (serverNow() % 1000) + 5);
    })();
    window.addEventListener("online", load);
    window.addEventListener("resize", keepAheadInView);
  }

  start();
})();
