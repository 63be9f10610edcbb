/* Search and filters of the public directory made by Essaim. It runs from
   the files alone (file:// or any static server): the data comes from
   data.js, loaded by a <script> tag before this file, never fetched. The
   state lives in the address's fragment (#q=energie&sector=...&commune=...)
   so that a search can be bookmarked and shared. Every value reaches the
   page through textContent, never through HTML. */
(function () {
    'use strict';
    var site = window.ESSAIM_SITE;
    if (!site) {
        return;
    }
    var pageSize = 200;
    var shown = pageSize;

    function fold(text) {
        return String(text || '').toLowerCase()
            .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
            .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }

    var actors = site.actors;
    actors.forEach(function (a) {
        a.key = fold([a.n, a.a, a.f, a.s, a.c, a.d, a.k].join(' '));
    });

    var q = document.getElementById('q');
    var sector = document.getElementById('sector');
    var commune = document.getElementById('commune');
    var count = document.getElementById('count');
    var results = document.getElementById('results');
    var more = document.getElementById('more');

    function setSelect(select, value) {
        select.value = value;
        if (select.value !== value) {
            select.value = '';
        }
    }

    function readFragment() {
        var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
        q.value = params.get('q') || '';
        setSelect(sector, params.get('sector') || '');
        setSelect(commune, params.get('commune') || '');
    }

    function writeFragment() {
        var params = new URLSearchParams();
        if (q.value) { params.set('q', q.value); }
        if (sector.value) { params.set('sector', sector.value); }
        if (commune.value) { params.set('commune', commune.value); }
        var fragment = params.toString();
        try {
            window.history.replaceState(null, '', fragment ? '#' + fragment : window.location.pathname + window.location.search);
        } catch (e) {
            // Some browsers refuse history changes on file://: the search still works.
        }
    }

    function matches(a, words) {
        if (sector.value && a.sp.indexOf(sector.value) < 0) { return false; }
        if (commune.value && a.c !== commune.value) { return false; }
        for (var i = 0; i < words.length; ++i) {
            if (a.key.indexOf(words[i]) < 0) { return false; }
        }
        return true;
    }

    function card(a) {
        var li = document.createElement('li');
        li.className = 'card';
        li.setAttribute('data-id', a.id);
        if (a.col) { li.style.setProperty('--sector', a.col); }
        var link = document.createElement('a');
        link.href = a.u;
        var title = document.createElement('h3');
        title.textContent = a.a ? a.n + ' (' + a.a + ')' : a.n;
        link.appendChild(title);
        var meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = [a.f, a.s, a.c].filter(Boolean).join(' · ');
        link.appendChild(meta);
        if (a.d) {
            var desc = document.createElement('p');
            desc.className = 'desc';
            desc.textContent = a.d;
            link.appendChild(desc);
        }
        li.appendChild(link);
        return li;
    }

    function render() {
        var words = fold(q.value).split(/[\s,;:.'’()\/-]+/).filter(Boolean);
        var found = actors.filter(function (a) { return matches(a, words); });
        if (found.length === 0) {
            count.textContent = site.labels.none;
        } else if (found.length === 1) {
            count.textContent = site.labels.one;
        } else {
            count.textContent = site.labels.many.replace('%1', found.length.toLocaleString(site.locale));
        }
        count.setAttribute('data-count', String(found.length));
        var fragment = document.createDocumentFragment();
        found.slice(0, shown).forEach(function (a) { fragment.appendChild(card(a)); });
        results.textContent = '';
        results.appendChild(fragment);
        more.hidden = found.length <= shown;
        document.body.setAttribute('data-ready', 'true');
    }

    function update() {
        shown = pageSize;
        writeFragment();
        render();
    }

    q.addEventListener('input', update);
    sector.addEventListener('change', update);
    commune.addEventListener('change', update);
    more.addEventListener('click', function () {
        shown += pageSize;
        render();
    });
    window.addEventListener('hashchange', function () {
        readFragment();
        shown = pageSize;
        render();
    });
    document.getElementById('filters').addEventListener('submit', function (event) {
        event.preventDefault();
    });

    readFragment();
    render();
}());
