// Keys the sortable list handles itself: without this, Space and the arrow keys would also scroll the page.
const handled = new Set([" ", "Spacebar", "ArrowUp", "ArrowDown", "Home", "End", "Escape"]);

export function init(list) {
    list.addEventListener("keydown", event => {
        if (handled.has(event.key) && event.target instanceof Element && event.target.hasAttribute("data-sortable-item")) {
            event.preventDefault();
        }
    });
}
