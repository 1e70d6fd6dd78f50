// A client-side app: it talks to the GraphQL API from the browser.
export const ssr = false;
export const prerender = false;
