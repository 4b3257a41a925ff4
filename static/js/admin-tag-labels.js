/*
 * The admin's tag field shows a tag of several words without quotes. Wagtail's tag field
 * wraps such a tag in double quotes (« "Vie privée" ») so that django-taggit reads it as one
 * tag; the field still sends them, only the label shown to the editor loses them.
 */
(() => {
    "use strict";

    window.jQuery(document).on("tagitaftertagadded", (event, ui) => {
        const label = ui.tag.find(".tagit-label");
        label.text(label.text().replace(/^"(.*)"$/, "$1"));
    });
})();
