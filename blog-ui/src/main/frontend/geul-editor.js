import { Editor, Extension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { documentFor, fromEditor, geulExtensions, toEditor } from './geul-editor-schema.js';
import { EditorContextBar } from './geul-editor-context.js';
import '@vaadin/icon';
import '@vaadin/icons';

/**
 * geul's rich text editor: TipTap in a plain custom element, in the light DOM so the blog's own styles
 * (geul.css) show the text as readers will see it.
 *
 * Talks to its Java side (dev.geul.ui.editor.TipTapEditor) through:
 *  - the `value` property (HTML), sent with a `change` event a moment after typing stops, on blur and
 *    before saving, so a long post is not sent on every keystroke;
 *  - `autosave-tick`, fired a few seconds after the last change (and at least every `maxWait` ms while
 *    typing goes on), asking the server to save;
 *  - `save-shortcut` for Ctrl+S / Cmd+S anywhere in the editor;
 *  - `markdown-paste` ({text}) for plain text pasted that reads as Markdown: the server turns it into HTML and
 *    puts it in with `insertHtml(html)`, so that pasted notes arrive as headings, lists and links;
 *  - the `target` attribute: the URL images are uploaded to; the answer is {"url": "/media/..."};
 *  - `unsaved` (set by the server): while true, the browser asks before the tab is closed;
 *  - `draftKey` (set by the server, per writer and post): every change is also kept in this browser's
 *    localStorage under that key until the server confirms it has the text (`confirmSaved(html)`), so a server
 *    restart, a lost connection or an expired session loses nothing; when the post is opened again and the
 *    browser holds a text the server does not have, `local-copy` offers it ({html, savedAt}), never applying it
 *    by itself;
 *  - `keepMarkdown(text)`: while the writer types in the Markdown text area instead, that text is kept under the
 *    same key as it is typed ({markdown, savedAt}), since the server learns of it only a moment later; it is
 *    offered back the same way (`local-copy` with {markdown, savedAt}) and let go when the server confirms that
 *    Markdown (`confirmSaved(html, markdown)`).
 */
class GeulEditor extends HTMLElement {

  constructor() {
    super();
    this._value = '';
    this._editor = null;
    this._tickTimer = null;
    this._firstPendingChange = 0;
    this._pending = false;
    this.unsaved = false;
    this.autosaveDelay = 3000;
    this.maxWait = 15000;
    this._draftKey = null;
    this._offered = false;
    this._keepTimer = null;
    this._markdownPending = false;
    this._markdownToKeep = null;
    this._beforeUnload = (event) => {
      if (this._pending || this._markdownPending || this.unsaved) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
  }

  get value() {
    return this._value;
  }

  set value(html) {
    const next = html == null ? '' : String(html);
    this._value = next;
    if (this._editor && this._html() !== next && !this._sameAsEmpty(next)) {
      this._load(next);
    }
  }

  get draftKey() {
    return this._draftKey;
  }

  /**
   * The key of this writer's post in localStorage. A new post gets its id at its first save: what was kept under
   * the key of "new" moves to the post's own key.
   */
  set draftKey(key) {
    const previous = this._draftKey;
    this._draftKey = key || null;
    if (previous && this._draftKey && previous !== this._draftKey) {
      const kept = this._readLocal(previous);
      if (kept) {
        this._writeLocal(this._draftKey, kept);
        this._removeLocal(previous);
      }
    }
    this._scheduleOffer();
  }

  /**
   * The server has this text (and, while the writer writes Markdown, this Markdown): the browser's copy of it is no
   * longer needed. A copy typed since then stays.
   */
  confirmSaved(html, markdown) {
    const kept = this._draftKey ? this._readLocal(this._draftKey) : null;
    if (!kept) {
      return;
    }
    const sameMarkdown = typeof kept.markdown === 'string' && kept.markdown === markdown;
    if (sameMarkdown || kept.html === html || (html === '' && kept.html === '<p></p>')) {
      this._removeLocal(this._draftKey);
      this._markdownPending = false;
    }
  }

  /** Keeps Markdown typed in the text area in this browser, as typing in the rich text is kept. */
  keepMarkdown(text) {
    if (!this._draftKey) {
      return;
    }
    this._markdownPending = true;
    this._markdownToKeep = String(text);
    clearTimeout(this._keepTimer);
    this._keepTimer = setTimeout(() => this._keepNow(), 150);
  }

  /** The browser's copy was offered and the writer chose: it is not offered again for this text. */
  discardLocalCopy() {
    if (this._draftKey) {
      this._removeLocal(this._draftKey);
    }
  }

  _scheduleOffer() {
    if (this._offered || !this._draftKey || !this._editor) {
      return;
    }
    // once the server's value and the key are both set, in the same round trip
    setTimeout(() => this._offerLocalCopy(), 0);
  }

  _offerLocalCopy() {
    if (this._offered || !this._draftKey) {
      return;
    }
    this._offered = true;
    const kept = this._readLocal(this._draftKey);
    if (!kept) {
      return;
    }
    const server = this._value || '';
    if (typeof kept.html === 'string' && (kept.html === server || (server === '' && kept.html === '<p></p>'))) {
      this._removeLocal(this._draftKey);
      return;
    }
    // Markdown is the server's to turn into HTML and compare
    this.dispatchEvent(new CustomEvent('local-copy', {
      detail: { html: kept.html ?? null, markdown: kept.markdown ?? null, savedAt: kept.savedAt },
    }));
  }

  /** Keeps the text in this browser a moment after each change (often enough to lose at most a word or two). */
  _keepLocally() {
    if (!this._draftKey || !this._editor) {
      return;
    }
    clearTimeout(this._keepTimer);
    this._markdownPending = false;
    this._markdownToKeep = null;
    this._keepTimer = setTimeout(() => this._keepNow(), 150);
  }

  /** Writes the copy a keep is waiting for: the Markdown typed last, or else the rich text. */
  _keepNow() {
    clearTimeout(this._keepTimer);
    this._keepTimer = null;
    if (!this._draftKey) {
      return;
    }
    const kept = this._markdownToKeep !== null
      ? { markdown: this._markdownToKeep, savedAt: Date.now() }
      : { html: this._html(), savedAt: Date.now() };
    this._writeLocal(this._draftKey, kept);
  }

  _readLocal(key) {
    try {
      const kept = JSON.parse(window.localStorage.getItem(key) || 'null');
      return kept && (typeof kept.html === 'string' || typeof kept.markdown === 'string') ? kept : null;
    } catch (e) {
      return null;
    }
  }

  _writeLocal(key, kept) {
    try {
      window.localStorage.setItem(key, JSON.stringify(kept));
    } catch (e) {
      // storage full or refused (private browsing): the server's autosave still keeps the text
    }
  }

  _removeLocal(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // nothing kept
    }
  }

  /** Shows the stored text as it is: a bare address in it stays text, not made a link as a typed one would be. */
  _load(html) {
    this._editor.chain().setMeta('preventAutolink', true)
      .setContent(documentFor(this._editor.schema, html), { emitUpdate: false }).run();
  }

  /** The text as the blog stores it (see geul-editor-schema.js); an empty document is "". */
  _html() {
    return this._editor.isEmpty ? '' : fromEditor(this._editor.getHTML());
  }

  /** TipTap writes an empty document as <p></p>; the server's empty value is "". */
  _sameAsEmpty(html) {
    return html === '' && this._editor.isEmpty;
  }

  connectedCallback() {
    window.addEventListener('beforeunload', this._beforeUnload);
    if (this._editor) {
      return;
    }
    // properties set before this element was defined would hide the accessors above
    for (const name of ['value', 'unsaved', 'autosaveDelay', 'maxWait', 'draftKey']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const early = this[name];
        delete this[name];
        this[name] = early;
      }
    }
    this.classList.add('geul-editor');
    this._labels = this._readLabels();
    this._toolbar = document.createElement('div');
    this._toolbar.className = 'geul-editor-toolbar';
    this._toolbar.setAttribute('role', 'toolbar');
    this._content = document.createElement('div');
    this._content.className = 'geul-editor-content geul-content';
    this._status = document.createElement('div');
    this._status.className = 'geul-editor-status';
    this._status.setAttribute('aria-live', 'polite');
    this._fileInput = document.createElement('input');
    this._fileInput.type = 'file';
    this._fileInput.accept = 'image/png,image/jpeg,image/gif,image/webp';
    this._fileInput.multiple = true;
    this._fileInput.hidden = true;
    this._fileInput.addEventListener('change', () => {
      [...this._fileInput.files].forEach((file) => this._upload(file, null));
      this._fileInput.value = '';
    });
    this.append(this._toolbar, this._content, this._status, this._fileInput);

    const host = this;
    const SaveShortcut = Extension.create({
      name: 'geulSaveShortcut',
      addKeyboardShortcuts() {
        return {
          'Mod-s': () => {
            host._requestSave();
            return true;
          },
        };
      },
    });

    this._editor = new Editor({
      element: this._content,
      extensions: [
        ...geulExtensions(),
        Placeholder.configure({ placeholder: this._labels.placeholder || '' }),
        SaveShortcut,
      ],
      content: '',
      editorProps: {
        attributes: { 'aria-label': this._labels.content || 'Text', spellcheck: 'true' },
        handlePaste: (view, event) => this._uploadFromTransfer(event.clipboardData, null)
          || this._pasteMarkdown(event.clipboardData),
        handleDrop: (view, event, slice, moved) => {
          if (moved) {
            return false;
          }
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          return this._uploadFromTransfer(event.dataTransfer, at ? at.pos : null);
        },
      },
      onUpdate: () => this._changed(),
      onSelectionUpdate: () => this._refreshToolbar(),
      onTransaction: () => this._refreshToolbar(),
      onBlur: () => this._flush(),
    });
    if (this._value) {
      this._load(this._value);
    }
    this._buildToolbar();
    this._scheduleOffer();

    // Ctrl+S outside the text (toolbar, status line) too; the view's own shortcut does not see it twice
    this.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        event.stopPropagation();
        this._requestSave();
      }
    });
  }

  disconnectedCallback() {
    window.removeEventListener('beforeunload', this._beforeUnload);
    this._flush();
    // a keep still waiting is written now, before the page goes
    if (this._keepTimer && this._editor) {
      this._keepNow();
    }
  }

  _readLabels() {
    try {
      return JSON.parse(this.getAttribute('labels') || '{}');
    } catch (e) {
      return {};
    }
  }

  _buildToolbar() {
    const e = () => this._editor.chain().focus();
    const groups = [
      [
        ['undo', 'vaadin:arrow-backward', () => e().undo().run(), null],
        ['redo', 'vaadin:arrow-forward', () => e().redo().run(), null],
      ],
      [
        ['paragraph', 'vaadin:paragraph', () => e().setParagraph().run(), () => this._editor.isActive('paragraph')],
        ['heading2', 'H2', () => e().toggleHeading({ level: 2 }).run(), () => this._editor.isActive('heading', { level: 2 })],
        ['heading3', 'H3', () => e().toggleHeading({ level: 3 }).run(), () => this._editor.isActive('heading', { level: 3 })],
      ],
      [
        ['bold', 'vaadin:bold', () => e().toggleBold().run(), () => this._editor.isActive('bold')],
        ['italic', 'vaadin:italic', () => e().toggleItalic().run(), () => this._editor.isActive('italic')],
        ['strike', 'vaadin:strikethrough', () => e().toggleStrike().run(), () => this._editor.isActive('strike')],
        ['code', 'vaadin:code', () => e().toggleCode().run(), () => this._editor.isActive('code')],
        ['link', 'vaadin:link', () => this._openLinkForm(), () => this._editor.isActive('link')],
      ],
      [
        ['bulletList', 'vaadin:list-ul', () => e().toggleBulletList().run(), () => this._editor.isActive('bulletList')],
        ['orderedList', 'vaadin:list-ol', () => e().toggleOrderedList().run(), () => this._editor.isActive('orderedList')],
        ['blockquote', 'vaadin:quote-left', () => e().toggleBlockquote().run(), () => this._editor.isActive('blockquote')],
        ['codeBlock', 'vaadin:file-code', () => e().toggleCodeBlock().run(), () => this._editor.isActive('codeBlock')],
        ['fold', 'vaadin:angle-double-down', () => this._insertFold(), () => this._editor.isActive('details')],
        ['table', 'vaadin:table', () => this._insertTable(), () => this._editor.isActive('table')],
        ['horizontalRule', 'vaadin:minus', () => e().setHorizontalRule().run(), null],
        ['image', 'vaadin:picture', () => this._fileInput.click(), null],
      ],
    ];
    this._buttons = [];
    for (const group of groups) {
      const box = document.createElement('span');
      box.className = 'geul-editor-group';
      for (const [name, text, run, active] of group) {
        const button = document.createElement('button');
        button.type = 'button';
        if (text.startsWith('vaadin:')) {
          const icon = document.createElement('vaadin-icon');
          icon.setAttribute('icon', text);
          button.append(icon);
        } else {
          button.textContent = text;
        }
        button.dataset.command = name;
        const label = this._labels[name] || name;
        button.title = label;
        button.setAttribute('aria-label', label);
        // keep the text's selection: act on mousedown's default being suppressed
        button.addEventListener('mousedown', (event) => event.preventDefault());
        button.addEventListener('click', run);
        box.append(button);
        this._buttons.push({ button, active });
      }
      this._toolbar.append(box);
    }
    this._context = new EditorContextBar(this, this._labels);
    this._toolbar.after(this._context.element);
    this._refreshToolbar();
  }

  _refreshToolbar() {
    if (!this._buttons) {
      return;
    }
    for (const { button, active } of this._buttons) {
      if (active) {
        const on = active();
        button.classList.toggle('is-active', on);
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
      }
    }
    const undo = this._buttons.find((b) => b.button.dataset.command === 'undo');
    const redo = this._buttons.find((b) => b.button.dataset.command === 'redo');
    if (undo) undo.button.disabled = !this._editor.can().undo();
    if (redo) redo.button.disabled = !this._editor.can().redo();
    this._context.refresh();
  }

  _openLinkForm() {
    this._context.openLink();
  }

  /** A fold (details) with the label readers click, and a first line to write in. */
  _insertFold() {
    this._editor.chain().focus().insertContent({
      type: 'details',
      content: [
        { type: 'summary', content: [{ type: 'text', text: this._labels.foldSummary || 'More' }] },
        { type: 'paragraph' },
      ],
    }).run();
  }

  /** A table of two columns with a header row; rows are added with the table's own buttons. */
  _insertTable() {
    const cell = (tag) => ({ type: 'tableCell', attrs: { tag }, content: [{ type: 'paragraph', attrs: { implicit: true } }] });
    const row = (tag) => ({ type: 'tableRow', content: [cell(tag), cell(tag)] });
    this._editor.chain().focus().insertContent({
      type: 'table',
      content: [
        { type: 'tableSection', attrs: { tag: 'thead' }, content: [row('th')] },
        { type: 'tableSection', attrs: { tag: 'tbody' }, content: [row('td'), row('td')] },
      ],
    }).run();
  }

  _changed() {
    this._pending = true;
    this._keepLocally();
    const now = Date.now();
    if (!this._firstPendingChange) {
      this._firstPendingChange = now;
    }
    clearTimeout(this._tickTimer);
    // typing that never pauses still reaches the server every maxWait ms
    const wait = Math.max(0, Math.min(this.autosaveDelay, this._firstPendingChange + this.maxWait - now));
    this._tickTimer = setTimeout(() => this._tick(), wait);
  }

  _tick() {
    this._flush();
    this.dispatchEvent(new CustomEvent('autosave-tick'));
  }

  /** Sends the text to the server now, if it changed since it was last sent. */
  _flush() {
    clearTimeout(this._tickTimer);
    if (!this._editor || !this._pending) {
      return;
    }
    this._pending = false;
    this._firstPendingChange = 0;
    const html = this._html();
    if (html !== this._value) {
      this._value = html;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  _requestSave() {
    this._flush();
    this.dispatchEvent(new CustomEvent('save-shortcut'));
  }

  /** Saves soon after a change outside the text (title, tags...), as typing in it does. */
  scheduleAutosave() {
    clearTimeout(this._tickTimer);
    this._tickTimer = setTimeout(() => this._tick(), this.autosaveDelay);
  }

  focus() {
    if (this._editor) {
      this._editor.commands.focus();
    }
  }

  /** Plain text that reads as Markdown goes to the server to become rich text; anything else pastes as usual. */
  _pasteMarkdown(transfer) {
    if (!transfer || transfer.types.includes('text/html')) {
      return false;
    }
    const text = transfer.getData('text/plain');
    if (!text || !GeulEditor.MARKDOWN.test(text)) {
      return false;
    }
    this.dispatchEvent(new CustomEvent('markdown-paste', { detail: { text } }));
    return true;
  }

  /** Puts HTML at the cursor, as a paste would. */
  insertHtml(html) {
    if (this._editor) {
      this._editor.chain().focus().insertContent(toEditor(html)).run();
    }
  }

  _uploadFromTransfer(transfer, position) {
    const files = transfer ? [...transfer.files].filter((file) => file.type.startsWith('image/')) : [];
    if (files.length === 0) {
      return false;
    }
    files.forEach((file) => this._upload(file, position));
    return true;
  }

  async _upload(file, position) {
    const target = this.getAttribute('target');
    if (!target) {
      return;
    }
    this._showStatus((this._labels.uploading || 'Uploading {0}').replace('{0}', file.name));
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: {
          'Content-Type': file.type || 'application/octet-stream',
          'X-Filename': encodeURIComponent(file.name),
        },
        body: file,
        credentials: 'same-origin',
      });
      const text = await response.text();
      let answer = {};
      try {
        answer = JSON.parse(text);
      } catch (e) {
        answer = {};
      }
      if (response.ok && answer.url) {
        const image = { type: 'image', attrs: { src: answer.url, alt: file.name.replace(/\.[^.]+$/, '') } };
        const chain = this._editor.chain().focus();
        if (position != null) {
          chain.insertContentAt(position, image).run();
        } else {
          chain.insertContent(image).run();
        }
        this._showStatus('');
      } else {
        const reason = answer.rejectedFiles && answer.rejectedFiles[0] && answer.rejectedFiles[0].reason;
        this._showStatus(reason || this._labels.uploadFailed || 'Upload failed', true);
      }
    } catch (e) {
      this._showStatus(this._labels.uploadFailed || 'Upload failed', true);
    }
  }

  _showStatus(text, error) {
    this._status.textContent = text;
    this._status.classList.toggle('is-error', !!error);
  }
}

/** Headings, lists, quotes, fences, emphasis and links as Markdown writes them. */
GeulEditor.MARKDOWN = /(^|\n)(#{1,6} \S|[-*+] \S|\d+\. \S|> |```)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)/;

customElements.define('geul-editor', GeulEditor);
