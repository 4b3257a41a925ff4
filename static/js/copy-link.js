/*
 * « Copier le lien »: the share block's link to the article itself becomes a button that
 * copies the article's address and says so in the block's status region (aria-live).
 * Progressive enhancement only: without this script, or where the browser offers no
 * Clipboard API (a page served over plain HTTP), the link stays, to copy from its menu.
 */
(() => {
    "use strict";

    function enhance(link) {
        const status = document.getElementById(link.dataset.copyLink);
        if (!status) return;
        const url = link.href;
        const button = document.createElement("button");
        button.type = "button";
        button.className = link.className;
        button.textContent = link.textContent;
        link.replaceWith(button);
        button.addEventListener("click", () => {
            // Emptied first, so that a second copy is announced again.
            status.textContent = "";
            navigator.clipboard.writeText(url).then(
                () => { status.textContent = link.dataset.copiedLabel; },
                () => { status.textContent = link.dataset.failedLabel; },
            );
        });
    }

    if (!navigator.clipboard) return;
    document.querySelectorAll("a[data-copy-link]").forEach(enhance);
})();
