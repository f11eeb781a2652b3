import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The release-profile WASM (wasm-release, optimised by wasm-opt) is what a
// deployment ships: `make test-release-wasm` builds it into its own site and
// this run serves that site, to start every island from it in Chromium. The
// server binary is the debug one: what is under test here is the bundle.
const port = Number(process.env.ASKEL_E2E_PORT ?? 3190);
const baseURL = `http://127.0.0.1:${port}`;
const siteRoot = process.env.ASKEL_RELEASE_SITE_ROOT;
if (!siteRoot) throw new Error("ASKEL_RELEASE_SITE_ROOT must name the release site (see the Makefile)");

const server = base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>;

export default defineConfig({
  ...base,
  testDir: "./release",
  retries: 0,
  use: { ...base.use, baseURL },
  projects: [{ name: "release-wasm", use: { javaScriptEnabled: true } }],
  webServer: {
    ...server,
    url: `${baseURL}/healthz`,
    env: {
      ...process.env,
      ASKEL_ADDR: `127.0.0.1:${port}`,
      ASKEL_SITE_ROOT: siteRoot,
      ASKEL_CONTENT_DIR: join(__dirname, "..", "content"),
      RUST_LOG: "warn",
    } as Record<string, string>,
  },
});
