/*
 * Check-in page: filter the list as you type, check people in without reloading, and keep working
 * without a connection. Check-ins made offline are kept in localStorage and posted when the phone is
 * back online; the server treats "in" and "out" as states, so sending one twice changes nothing.
 * Without this script the page still works: search and buttons are plain forms.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-check-in]");
  if (!root) {
    return;
  }
  var storageKey = "birge:check-in:" + root.getAttribute("data-event");
  var checkedInCount = root.querySelector("[data-checked-in-count]");
  var queueNotice = root.querySelector("[data-queue-notice]");
  var queueCount = root.querySelector("[data-queue-count]");
  var flushing = false;

  function readQueue() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey)) || {};
    } catch (error) {
      return {};
    }
  }

  function writeQueue(queue) {
    try {
      if (Object.keys(queue).length) {
        window.localStorage.setItem(storageKey, JSON.stringify(queue));
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch (error) {
      /* Storage full or disabled: the check-in stays on screen only. */
    }
    showQueue(queue);
  }

  function showQueue(queue) {
    var waiting = Object.keys(queue).length;
    queueNotice.hidden = waiting === 0;
    queueCount.textContent = waiting ? "(" + waiting + ")" : "";
  }

  function cardFor(registration) {
    var input = root.querySelector('input[name="registration"][value="' + registration + '"]');
    return input ? input.closest("[data-check-in-card]") : null;
  }

  function csrfToken() {
    var input = root.querySelector('input[name="csrfmiddlewaretoken"]');
    return input ? input.value : "";
  }

  /* Show a card as checked in or not; the count follows the change. */
  function showState(card, checkedIn, time) {
    if (!card) {
      return;
    }
    var state = card.querySelector("[data-state-in]");
    var wasIn = !state.hidden;
    state.hidden = !checkedIn;
    card.querySelector("[data-button-in]").hidden = checkedIn;
    card.querySelector("[data-button-out]").hidden = !checkedIn;
    card.querySelector("[data-check-in-time]").textContent = time || "";
    if (wasIn !== checkedIn) {
      checkedInCount.textContent = String(Number(checkedInCount.textContent) + (checkedIn ? 1 : -1));
    }
  }

  function showNote(card, text) {
    if (card) {
      var note = card.querySelector("[data-state-pending]");
      note.textContent = text || "";
      note.hidden = !text;
    }
  }

  function queuedNote(card) {
    return card ? card.querySelector("[data-state-pending]").getAttribute("data-text") : "";
  }

  /* POST one state. Resolves with the server's answer (null when the person is not found);
     rejects when there is no connection or the answer is not the server's (signed out, stale page). */
  function send(action, registration, state) {
    var body = new FormData();
    body.append("csrfmiddlewaretoken", csrfToken());
    body.append("registration", registration);
    body.append("state", state);
    return fetch(action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      if (response.status === 404) {
        return null;
      }
      if ((response.headers.get("Content-Type") || "").indexOf("application/json") === -1) {
        throw new Error("Not an answer from the check-in endpoint");
      }
      return response.json();
    });
  }

  function applyAnswer(card, answer) {
    if (!answer) {
      showNote(card, "");
      return;
    }
    showState(card, answer.checked_in, answer.time);
    checkedInCount.textContent = String(answer.counts.checked_in);
    showNote(card, answer.error || "");
  }

  function flush() {
    var queue = readQueue();
    var registration = Object.keys(queue)[0];
    if (flushing || registration === undefined) {
      return;
    }
    flushing = true;
    var item = queue[registration];
    send(item.action, registration, item.state)
      .then(function (answer) {
        var latest = readQueue();
        if (latest[registration] && latest[registration].state === item.state) {
          delete latest[registration];
        }
        writeQueue(latest);
        applyAnswer(cardFor(registration), answer);
        flushing = false;
        flush();
      })
      .catch(function () {
        flushing = false;
      });
  }

  function mark(button) {
    var form = button.closest("[data-check-in-form]");
    var card = button.closest("[data-check-in-card]");
    var registration = form.querySelector('input[name="registration"]').value;
    var state = button.value;
    showState(card, state === "in", "");
    send(form.action, registration, state)
      .then(function (answer) {
        applyAnswer(card, answer);
      })
      .catch(function () {
        var queue = readQueue();
        queue[registration] = { action: form.action, state: state };
        writeQueue(queue);
        showNote(card, queuedNote(card));
      });
  }

  root.addEventListener("click", function (event) {
    var button = event.target.closest("[data-button-in], [data-button-out]");
    if (button) {
      event.preventDefault();
      mark(button);
    }
  });

  var query = root.querySelector("[data-check-in-query]");
  var noMatch = root.querySelector("[data-no-match]");
  var cards = root.querySelectorAll("[data-check-in-card]");

  /* Name contains the text, or the check-in code is exactly it (any case): as the server searches. */
  function filter() {
    var text = query.value.trim().toLowerCase();
    var shown = 0;
    cards.forEach(function (card) {
      var matches =
        !text ||
        card.getAttribute("data-name").indexOf(text) !== -1 ||
        card.getAttribute("data-code").toLowerCase() === text;
      card.hidden = !matches;
      shown += matches ? 1 : 0;
    });
    if (noMatch) {
      noMatch.hidden = shown !== 0;
    }
  }

  if (query && cards.length) {
    query.addEventListener("input", filter);
    query.form.addEventListener("submit", function (event) {
      if (!navigator.onLine) {
        event.preventDefault();
        filter();
      }
    });
  }

  var waiting = readQueue();
  Object.keys(waiting).forEach(function (registration) {
    var card = cardFor(registration);
    showState(card, waiting[registration].state === "in", "");
    showNote(card, queuedNote(card));
  });
  showQueue(waiting);
  window.addEventListener("online", flush);
  window.setInterval(flush, 30000);
  flush();
})();
