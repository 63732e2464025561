/** How every browser test, screenshot and benchmark here launches Chromium (Debian's package, headless). */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] }
