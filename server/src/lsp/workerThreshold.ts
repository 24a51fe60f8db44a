// Its own module so that code deciding by size need not load worker_threads (the browser build has none).

/**
 * Characters (UTF-16 code units) above which diagnostics go to the worker: about 12 MB of Chinese
 * text. Below it the main thread is fast enough (a 10 MB report: ~170 ms once, then its paragraph
 * cache), and a second heap would cost more memory (the bench's 10× target) than it saves time.
 */
export const WORKER_THRESHOLD = 4_000_000;
