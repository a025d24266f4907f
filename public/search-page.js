// The /search/ page: results for ?q= from Pagefind (the header box on every page submits here).
import { page } from '/search-ui.js';
page(document.getElementById('search-page-q'), document.getElementById('search-page-results'));
