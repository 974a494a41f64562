// The comment writer on a reader page, loaded by reader.js when a reader starts to write in a comment form. The
// writer is the studio's Vaadin component in a frame of its own (/comment-writer), so the reader page keeps its
// strict script policy; it checks as the reader types and says a refusal without leaving the page. Until it is
// ready the plain form stays in use; then what was typed there is handed over and the writer takes the form's
// place. If it never comes, the plain form does everything, as it does without scripts.

const ADDRESS = /^\/(posts|pages)\/([^/]+)\/comments(?:\/(\d+))?$/;
const WRITER_FIELDS = { name: 'writer-name', email: 'writer-email', password: 'writer-password', body: 'writer-body' };

export function open(form) {
  // getAttribute: a form with a button named "action" (the manage form's) hides the property behind it
  const parts = ADDRESS.exec(new URL(form.getAttribute('action'), location.href).pathname);
  if (!parts) {
    form.dataset.writer = 'plain';
    return;
  }
  const query = new URLSearchParams({ post: decodeURIComponent(parts[2]), kind: parts[1] === 'pages' ? 'page' : 'post' });
  const parent = form.querySelector('input[name="parentId"]');
  if (parent) query.set('parent', parent.value);
  if (parts[3]) query.set('comment', parts[3]);

  const frame = document.createElement('iframe');
  frame.src = '/comment-writer?' + query;
  frame.title = form.querySelector('label[for$="body"]')?.textContent || '';
  frame.className = 'comment-writer';
  // sized and shown here, not by the theme's stylesheet: every theme, uploaded ones too, gets a writer that fits
  // (a theme's display rule would win over a hidden attribute)
  Object.assign(frame.style, { width: '100%', border: '0', display: 'none', minHeight: '12em' });
  form.after(frame);
  const giveUp = setTimeout(() => {
    frame.remove();
    form.dataset.writer = 'plain';
  }, 20000);

  const typed = (name) => form.querySelector('[name="' + name + '"]');
  const checked = (name) => (typed(name) ? typed(name).checked : undefined);

  const takeOver = () => {
    clearTimeout(giveUp);
    const focused = form.contains(document.activeElement) ? document.activeElement.name : undefined;
    const draft = {
      name: typed('name')?.value, email: typed('email')?.value, body: typed('body')?.value,
      password: typed('password')?.value, unlock: typed('postPassword')?.value,
      secret: checked('secret'), notifyReplies: checked('notifyReplies'), focus: WRITER_FIELDS[focused],
    };
    // what stays in sight: whom the reply is to, why the last try was refused, the way back
    form.querySelectorAll('.replying, p.error[role="alert"]').forEach((kept) => form.before(kept));
    if (form.classList.contains('comment-manage')) {
      const back = [...form.querySelectorAll('a[href]')].pop();
      if (back) frame.after(back);
    }
    form.style.display = 'none';
    form.dataset.writer = 'writer';
    frame.style.display = 'block';
    frame.focus();
    frame.contentWindow.postMessage({ type: 'geul-writer-draft', draft }, location.origin);
  };

  const goTo = (address) => {
    const target = new URL(address, location.href);
    if (target.origin !== location.origin) return;
    if (target.pathname === location.pathname && target.search === location.search) {
      location.hash = target.hash;
      location.reload();
    } else {
      location.assign(target.href);
    }
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow || !event.data) return;
    const message = event.data;
    if (message.type === 'geul-writer-ready' && form.dataset.writer === 'loading') {
      takeOver();
    } else if (message.type === 'geul-writer-height') {
      frame.style.height = Math.ceil(message.height) + 'px';
    } else if (message.type === 'geul-comment-saved') {
      goTo(message.location);
    }
  });
}
