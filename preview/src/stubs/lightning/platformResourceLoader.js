// Preview stub of lightning/platformResourceLoader: loads a static resource (served by scripts/preview/serve.mjs at
// /resource/<name>, what @salesforce/resourceUrl/<name> gives in the preview) with a <script> or <link> element,
// once per URL, like the platform; the promise rejects when the resource cannot be loaded.
const loaded = new Map();

function once(url, create) {
    if (!loaded.has(url)) {
        loaded.set(
            url,
            new Promise((resolve, reject) => {
                const element = create();
                element.addEventListener('load', () => resolve());
                element.addEventListener('error', () => {
                    loaded.delete(url);
                    reject(new Error(`Could not load ${url}`));
                });
                document.head.appendChild(element);
            })
        );
    }
    return loaded.get(url);
}

export function loadScript(_component, url) {
    return once(url, () => {
        const script = document.createElement('script');
        script.src = url;
        script.async = true;
        return script;
    });
}

export function loadStyle(_component, url) {
    return once(url, () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        return link;
    });
}
