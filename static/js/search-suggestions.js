/*
 * Search suggestions: under each search box that names a suggestions URL, a list of the
 * articles whose title starts words as the reader types. Progressive enhancement only:
 * without this script the box is a plain form that submits to /recherche/.
 * ARIA combobox pattern: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
(() => {
    "use strict";

    const DELAY_MS = 150;
    const MIN_LENGTH = 2;

    function enhance(input) {
        const list = document.createElement("ul");
        list.id = `${input.id}-suggestions`;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.dataset.suggestionsLabel || "Suggestions");
        list.hidden = true;
        input.after(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("aria-expanded", "false");

        let timer = null;
        let pending = null;
        let active = -1;

        const options = () => Array.from(list.querySelectorAll("[role=option]"));

        function close() {
            list.hidden = true;
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            const items = options();
            active = (index + items.length) % items.length;
            items.forEach((item, position) => item.setAttribute("aria-selected", String(position === active)));
            input.setAttribute("aria-activedescendant", items[active].id);
        }

        function show(suggestions) {
            list.replaceChildren(...suggestions.map((suggestion, position) => {
                const item = document.createElement("li");
                const link = document.createElement("a");
                item.id = `${list.id}-${position}`;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                link.href = suggestion.url;
                link.tabIndex = -1;
                link.textContent = suggestion.title;
                item.append(link);
                return item;
            }));
            active = -1;
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
        }

        function load() {
            const text = input.value.trim();
            if (pending) pending.abort();
            if (text.length < MIN_LENGTH) {
                close();
                return;
            }
            pending = new AbortController();
            const url = `${input.dataset.suggestionsUrl}?${new URLSearchParams({ q: text })}`;
            fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
                .then((response) => (response.ok ? response.json() : { suggestions: [] }))
                .then((data) => show(data.suggestions || []))
                .catch(() => {});
        }

        input.addEventListener("input", () => {
            clearTimeout(timer);
            timer = setTimeout(load, DELAY_MS);
        });
        input.addEventListener("keydown", (event) => {
            if (list.hidden) return;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active + (event.key === "ArrowDown" ? 1 : -1));
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.assign(options()[active].querySelector("a").href);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", close);
        // Keep the focus in the box while a suggestion is clicked, so the click lands.
        list.addEventListener("mousedown", (event) => event.preventDefault());
    }

    document.querySelectorAll("input[data-suggestions-url][id]").forEach(enhance);
})();
