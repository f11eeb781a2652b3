import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import { expect, test } from "../fixtures/test";
import { assignToCoach, createAccount, signIn, uniqueEmail } from "../fixtures/accounts";
import { checkPage } from "../fixtures/axe";
import { psql } from "../fixtures/db";
import { text, type Locale } from "../fixtures/i18n";
import { press } from "../fixtures/modules";

// Web Push end to end. Headless Chromium has no push service of its own (its
// subscriptions go to Google's, which this machine cannot reach), so the test
// is the push service: the page's PushManager hands out a subscription whose
// address is this test's server and whose keys this test holds. Everything
// else is real: the island subscribes with the server's VAPID key, a coach's
// message queues a notice, the server's worker encrypts it (RFC 8291) and
// signs it (RFC 8292) and posts it here; the test checks the signature and
// decrypts it with Node's own crypto, then gives it to the service worker as
// a push service would (CDP ServiceWorker.deliverPushMessage), which shows it.
test.use({ viewport: { width: 360, height: 740 } });

const b64url = (bytes: Buffer) => bytes.toString("base64url");

type Received = { path: string; headers: IncomingMessage["headers"]; body: Buffer };

/** RFC 8291 decryption of one aes128gcm record, by the browser's keys. */
function decrypt(body: Buffer, browser: ReturnType<typeof createECDH>, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20];
  const serverKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const shared = browser.computeSecret(serverKey);
  const info = Buffer.concat([Buffer.from("WebPush: info\0"), browser.getPublicKey(), serverKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, auth, info, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 2, then any zero padding.
  let end = padded.length - 1;
  while (padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString("utf8");
}

/** Checks an ES256 JWT against the raw P-256 public key; returns its claims. */
function verifiedClaims(token: string, publicKey: Buffer): Record<string, unknown> {
  const [header, claims, signature] = token.split(".");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: b64url(publicKey.subarray(1, 33)), y: b64url(publicKey.subarray(33, 65)) },
    format: "jwk",
  });
  const signed = Buffer.from(`${header}.${claims}`);
  expect(verify("sha256", signed, { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"))).toBe(true);
  return JSON.parse(Buffer.from(claims, "base64url").toString("utf8"));
}

test("a coach's message reaches the jobseeker's phone as a push notification, and they can turn it off", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.slow();
  const locale: Locale = "fi";
  const pushPort = Number(process.env.ASKEL_E2E_PUSH_PORT ?? 3101);
  const received: Received[] = [];
  const service = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((listening) => service.listen(pushPort, "127.0.0.1", listening));
  try {
    const [jobseeker, coach] = [uniqueEmail("push-js"), uniqueEmail("push-coach")];
    createAccount("jobseeker", jobseeker, locale);
    createAccount("coach", coach, locale);
    assignToCoach(jobseeker, coach);
    // Any hour: a notice in quiet hours waits for their end.
    psql(`update account set quiet_from = 0, quiet_until = 0 where email = :'email';`, { email: jobseeker });
    const jobseekerId = psql(`select account_id from account where email = :'email';`, { email: jobseeker });

    // The browser's push keys, held by the test as a push service's client would.
    const keys = createECDH("prime256v1");
    keys.generateKeys();
    const auth = randomBytes(16);
    const endpoint = `http://127.0.0.1:${pushPort}/push/${jobseekerId}`;
    await context.grantPermissions(["notifications"], { origin: baseURL });
    await page.addInitScript(
      ({ endpoint, p256dh, auth }) => {
        const kept = "askel-test-push";
        const subscription = {
          endpoint,
          expirationTime: null,
          toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh, auth } }),
          unsubscribe: async () => {
            localStorage.removeItem(kept);
            return true;
          },
        };
        PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
          const key = new Uint8Array(options?.applicationServerKey as ArrayBuffer);
          localStorage.setItem(kept, btoa(String.fromCharCode(...key)));
          return subscription as unknown as PushSubscription;
        };
        PushManager.prototype.getSubscription = async function () {
          return (localStorage.getItem(kept) ? subscription : null) as unknown as PushSubscription;
        };
      },
      { endpoint, p256dh: b64url(keys.getPublicKey()), auth: b64url(auth) },
    );

    await signIn(page, locale, jobseeker);
    await page.goto("/account/notifications");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const section = page.locator("section.push");
    await expect(section).toContainText(text(locale, "notify-push-off"));
    await press(page, section.getByRole("button", { name: text(locale, "notify-push-turn-on") }));
    await expect(section.getByRole("status")).toHaveText(text(locale, "notify-push-on"));
    await expect(section.getByRole("button", { name: text(locale, "notify-push-turn-off") })).toBeVisible();
    await checkPage(page);
    const subscribedWith = Buffer.from(
      (await page.evaluate(() => localStorage.getItem("askel-test-push"))) ?? "",
      "base64",
    );
    expect(subscribedWith.length).toBe(65);

    // The coach writes; the server's worker sends the notice within seconds.
    const coachPage = await (await browser.newContext({ baseURL })).newPage();
    await signIn(coachPage, locale, coach);
    await coachPage.goto(`/coach/jobseekers/${jobseekerId}/messages`);
    await coachPage.locator("form textarea[name=body]").first().fill("Muista huomenna klo 10.");
    await press(coachPage, coachPage.getByRole("button", { name: text(locale, "message-send") }));
    await expect(coachPage.locator("#conversation")).toContainText("Muista huomenna klo 10.");
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);

    const push = received[0];
    expect(push.path).toBe(`/push/${jobseekerId}`);
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    const [, token, key] = /^vapid t=([^,]+), k=(.+)$/.exec(String(push.headers.authorization)) ?? [];
    expect(Buffer.from(key, "base64url").equals(subscribedWith)).toBe(true);
    const claims = verifiedClaims(token, subscribedWith);
    expect(claims.aud).toBe(`http://127.0.0.1:${pushPort}`);
    expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000);
    const notice = JSON.parse(decrypt(push.body, keys, auth));
    expect(notice).toEqual({
      title: "Askel",
      body: text(locale, "message-email-subject"),
      url: "/messages",
      lang: "fi",
      dir: "ltr",
      until: expect.any(Number),
    });
    // Worth showing for a few hours, no longer.
    expect(notice.until * 1000).toBeGreaterThan(Date.now() + 3 * 3600 * 1000);
    expect(notice.until * 1000).toBeLessThanOrEqual(Date.now() + 4 * 3600 * 1000);
    expect(JSON.stringify(notice)).not.toContain("huomenna");

    // The push service hands it to the phone's service worker, which shows it.
    const cdp = await context.newCDPSession(page);
    const registrations: string[] = [];
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations: updated }) => {
      for (const registration of updated) if (!registration.isDeleted) registrations.push(registration.registrationId);
    });
    await cdp.send("ServiceWorker.enable");
    await expect.poll(() => registrations.length).toBeGreaterThan(0);
    await cdp.send("ServiceWorker.deliverPushMessage", {
      origin: new URL(baseURL ?? "").origin,
      registrationId: registrations[0],
      data: JSON.stringify(notice),
    });
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await (await navigator.serviceWorker.ready).getNotifications()).map((shown) => ({
            title: shown.title,
            body: shown.body,
            lang: shown.lang,
            url: (shown.data as { url: string }).url,
          })),
        ),
      )
      .toEqual([{ title: "Askel", body: text(locale, "message-email-subject"), lang: "fi", url: "/messages" }]);

    // Turned off on this phone: the server forgets it.
    await press(page, section.getByRole("button", { name: text(locale, "notify-push-turn-off") }));
    await expect(section.getByRole("status")).toHaveText(text(locale, "notify-push-off"));
    expect(psql(`select count(*) from push_subscription where account_id = :id;`, { id: jobseekerId })).toBe("0");
  } finally {
    // The server's push client keeps its connection alive: end it, or the
    // port stays taken for the next run of this test in the same worker.
    service.closeAllConnections();
    await new Promise((closed) => service.close(closed));
  }
});
