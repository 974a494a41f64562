// Colours a post's code blocks (<pre><code class="language-x">). The layout loads this file only on pages that hold
// code. Once the page has loaded, highlight.js (served by the blog itself) reads the code in a worker, off the main
// thread; each block's colours are put in while the browser is idle, so the text shows and answers taps at once.
// Without this script, or where workers are not allowed, the code reads the same, uncoloured.
(() => {
  // a block this long is left as it is: putting in its colours would hold the page for longer than a tap may wait
  const MAX_BLOCK_CHARACTERS = 50000;
  const blocks = [...document.querySelectorAll('pre > code[class*="language-"]')]
    .filter((block) => block.textContent.length <= MAX_BLOCK_CHARACTERS);
  if (blocks.length === 0 || !window.Worker) return;

  const whenIdle = window.requestIdleCallback
    ? (work) => window.requestIdleCallback(work, { timeout: 1000 })
    : (work) => setTimeout(() => work({ timeRemaining: () => 8, didTimeout: false }), 16);

  const coloured = [];
  let waiting = false;
  const putIn = (deadline) => {
    waiting = false;
    while (coloured.length > 0 && (deadline.timeRemaining() > 2 || deadline.didTimeout)) {
      const { index, html } = coloured.shift();
      // highlight.js escapes the code's text: what it returns holds the code and its own spans, nothing else
      blocks[index].innerHTML = html;
      blocks[index].classList.add('hljs');
      if (deadline.didTimeout) break;
    }
    if (coloured.length > 0) {
      waiting = true;
      whenIdle(putIn);
    }
  };

  const start = () => {
    let worker;
    try {
      worker = new Worker('/reader-code-worker.js');
    } catch (e) {
      return; // workers refused: the code stays uncoloured
    }
    let answers = 0;
    worker.onmessage = ({ data }) => {
      answers += 1;
      if (data.html !== null) coloured.push(data);
      if (!waiting && coloured.length > 0) {
        waiting = true;
        whenIdle(putIn);
      }
      if (answers === blocks.length) worker.terminate();
    };
    blocks.forEach((block, index) => {
      const match = /(?:^|\s)language-(\S+)/.exec(block.className);
      worker.postMessage({ index, language: match ? match[1].toLowerCase() : '', text: block.textContent });
    });
  };

  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start, { once: true });
  }
})();
