// Small helps for reader pages. Every page works without this file; it loads after the text (defer) and asks the
// server for nothing until a reader starts to type.
(() => {
  // The search box offers the blog's words, tags and titles while a syllable is still being typed (회ㅅ → 회사).
  const box = document.getElementById('site-search-q');
  if (box) {
    let list = null;
    let timer = 0;
    let asked = '';
    box.addEventListener('focus', () => {
      if (list) return;
      list = document.createElement('datalist');
      list.id = 'site-search-suggestions';
      box.after(list);
      box.setAttribute('list', list.id);
      box.setAttribute('autocomplete', 'off');
    });
    box.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const query = box.value.trim();
        if (!list || query === '' || query === asked) return;
        asked = query;
        try {
          const answer = await fetch('/api/search/suggestions?size=8&q=' + encodeURIComponent(query),
            { headers: { Accept: 'application/json' } });
          if (!answer.ok) return;
          const { suggestions = [] } = await answer.json();
          list.replaceChildren(...suggestions.map((suggestion) => {
            const option = document.createElement('option');
            option.value = suggestion.text;
            return option;
          }));
        } catch (e) {
          // suggestions are a help: without them the search still works
        }
      }, 150);
    });
  }

  // The commenter's name is remembered in this browser (and nowhere else) for the next comment.
  const name = document.getElementById('comment-name');
  if (name && name.form) {
    try {
      if (!name.value) name.value = localStorage.getItem('geul.commenter') || '';
    } catch (e) {
      // storage refused (private browsing): the name is typed again
    }
    name.form.addEventListener('submit', () => {
      try {
        localStorage.setItem('geul.commenter', name.value.trim());
      } catch (e) {
        // as above
      }
    });
  }
  // A reader who starts to write gets the comment writer; its script (reader-writer.js) loads only then, and the
  // plain form stays in use until the writer is ready, or for good if it does not come.
  document.querySelectorAll('#comment-form, form.comment-manage').forEach((form) => {
    form.addEventListener('focusin', () => {
      if (form.dataset.writer) return;
      form.dataset.writer = 'loading';
      import('/reader-writer.js').then((writer) => writer.open(form)).catch(() => {
        form.dataset.writer = 'plain';
      });
    });
  });
})();
