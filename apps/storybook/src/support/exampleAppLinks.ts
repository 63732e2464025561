/**
 * Where the kit's links lead inside this Storybook: small stand-ins for an app's home and login pages (the
 * "Example app" stories), so "Go to the home page" and "Sign in" never end on a server's "Not Found". Relative to
 * the preview's `iframe.html`, so they also work where the Storybook is published under a sub-path.
 */
export const HOME_HREF = 'iframe.html?id=example-app-pages--home&viewMode=story'
export const LOGIN_HREF = 'iframe.html?id=example-app-pages--sign-in-page&viewMode=story'
