// The comment writer's frame (/comment-writer): it takes over what the reader typed in the reader page's plain
// form, keeps the page told of its height, and sends the page where the saved comment can be read. It speaks only
// to a page of this blog (same origin); the page's own script is reader.js.
(() => {
  const writer = document.querySelector('geul-comment-writer');
  if (!writer || window.parent === window) return;
  const origin = location.origin;
  const tell = (message) => window.parent.postMessage(message, origin);
  const field = (id) => writer.shadowRoot && writer.shadowRoot.getElementById(id);

  // Ready once Vaadin has drawn the form in the mode asked for and its fields are upgraded elements.
  const expectedMode = Number(writer.getAttribute('comment')) > 0 ? 'manage' : 'write';
  const drawn = () => {
    const form = writer.shadowRoot && writer.shadowRoot.querySelector('[data-mode="' + expectedMode + '"]');
    return form && field('writer-body') && customElements.get('vaadin-text-area');
  };
  const waitUntilDrawn = () => {
    if (drawn()) {
      tell({ type: 'geul-writer-ready' });
      new ResizeObserver(() => tell({ type: 'geul-writer-height', height: document.documentElement.scrollHeight }))
        .observe(document.body);
      return;
    }
    setTimeout(waitUntilDrawn, 50);
  };
  waitUntilDrawn();

  const fill = (id, value) => {
    const element = field(id);
    if (!element || value === undefined || value === null) return;
    if (typeof value === 'boolean') {
      element.checked = value; // fires checked-changed, which Vaadin sends to the server
    } else {
      element.value = value;
      // Vaadin sends a field's value when the field says it was typed in or changed
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== window.parent || !event.data) return;
    if (event.data.type === 'geul-writer-draft') {
      const draft = event.data.draft || {};
      if (draft.unlock) writer.unlock = draft.unlock;
      fill('writer-name', draft.name);
      fill('writer-password', draft.password);
      fill('writer-email', draft.email);
      fill('writer-notify', draft.notifyReplies);
      fill('writer-secret', draft.secret);
      fill('writer-body', draft.body);
      const focused = field(draft.focus || 'writer-body');
      if (focused) focused.focus();
    }
  });

  writer.addEventListener('comment-saved', (event) => {
    const name = field('writer-name');
    try {
      if (name && name.value) localStorage.setItem('geul.commenter', name.value.trim());
    } catch (e) {
      // storage refused (private browsing): the name is typed again next time
    }
    tell({ type: 'geul-comment-saved', location: event.detail.location });
  });
})();
