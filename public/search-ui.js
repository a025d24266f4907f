// Site search, loaded only on the /search/ page (the header box on every page submits there).
// Uses Pagefind's JS API over the guide's index (Chinese segmentation); our own small UI in Chinese.
let pagefind;

async function load() {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24 });
    pagefind.init();
  }
  return pagefind;
}

/** The top results for a query: [{ url, title, excerpt }] (excerpt is Pagefind's HTML with <mark>). */
export async function search(query, limit = 8) {
  const pf = await load();
  const found = await pf.search(query.trim());
  if (!found) return null;
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return { count: found.results.length, items: data.map((d) => ({ url: d.url, title: d.meta?.title ?? d.url, excerpt: d.excerpt })) };
}

function render(box, query, found) {
  box.textContent = '';
  const status = document.createElement('p');
  status.className = 'search-status';
  status.textContent = !found || found.count === 0 ? `没有找到与“${query}”有关的页面。` : `找到 ${found.count} 个页面`;
  box.append(status);
  if (!found || found.count === 0) return;
  const list = document.createElement('ol');
  list.className = 'search-list';
  for (const item of found.items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.url;
    a.className = 'search-hit';
    const t = document.createElement('strong');
    t.textContent = item.title;
    const e = document.createElement('span');
    e.className = 'search-excerpt';
    e.innerHTML = item.excerpt; // Pagefind escapes page text and adds only <mark>.
    a.append(t, e);
    li.append(a);
    list.append(li);
  }
  box.append(list);
}

/** The /search/ page: results for ?q=. */
export async function page(input, box) {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  // On a slow network an earlier query can answer after a later one: only the latest query's
  // results are shown (each search gets a number; an answer that is no longer the latest is dropped).
  let latest = 0;
  const go = async () => {
    const query = input.value.trim();
    const mine = ++latest;
    if (!query) {
      box.textContent = '';
      return;
    }
    let found;
    try {
      found = await search(query, 30);
    } catch {
      if (mine !== latest) return;
      // The index did not load (offline, a partial upload, or `npm run dev` before any build): say so.
      pagefind = undefined;
      box.textContent = '';
      const p = document.createElement('p');
      p.className = 'search-status';
      p.textContent = '搜索索引没有加载成功，暂时无法搜索。请刷新页面重试，或从指南目录查找。';
      box.append(p);
      return;
    }
    if (mine === latest) render(box, query, found);
  };
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
      go();
    }, 200);
  });
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
    go();
  });
  go();
}
